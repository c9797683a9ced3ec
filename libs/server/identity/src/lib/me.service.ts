import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Db, type Actor, type ClsStore } from '@rmc/server-core';
import { organisatieOpId, regioOpId, vestigingenMetInstelling } from '@rmc/server-organisaties';
import { packRules } from '@rmc/shared-authz';
import type { MeResponse } from '@rmc/shared-api-types';

@Injectable()
export class MeService {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService<ClsStore>,
  ) {}

  async voor(actor: Actor): Promise<MeResponse> {
    // The region's, organisation's and school's names come from their owner, the organisaties context.
    const r = actor.regioId ? await regioOpId(this.db, actor.regioId) : undefined;
    const regio = r ? { id: r.id, naam: r.naam } : undefined;
    const o = actor.organisatieId ? await organisatieOpId(this.db, actor.organisatieId) : undefined;
    const [v] =
      !actor.organisatieId && actor.vestigingId ? await vestigingenMetInstelling(this.db, [actor.vestigingId], null) : [];
    const organisatie = actor.organisatieId
      ? o && { id: o.id, naam: o.naam, soort: o.soort }
      : v && { id: v.vestigingId, naam: `${v.instellingNaam} – ${v.vestigingNaam}`, soort: 'mbo-vestiging' };
    const totp = await this.db.one<{ totp_actief: boolean }>(`SELECT totp_actief FROM gebruiker WHERE id = $1`, [
      actor.gebruikerId,
    ]);
    return {
      gebruiker: { id: actor.gebruikerId, naam: actor.naam, email: actor.email, totpActief: Boolean(totp?.totp_actief) },
      regio: regio ?? null,
      organisatie: organisatie ?? null,
      rollen: [actor.rol],
      rules: actor.totpInstellenVereist ? [] : (packRules(this.cls.get('ability')!.rules) as unknown[]),
      totpInstellenVereist: actor.totpInstellenVereist,
    };
  }
}
