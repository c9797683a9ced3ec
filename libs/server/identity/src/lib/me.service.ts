import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Db, type Actor, type ClsStore } from '@rmc/server-core';
import { packRules } from '@rmc/shared-authz';
import type { MeResponse } from '@rmc/shared-api-types';

@Injectable()
export class MeService {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService<ClsStore>,
  ) {}

  async voor(actor: Actor): Promise<MeResponse> {
    const regio = actor.regioId
      ? await this.db.one<{ id: string; naam: string }>(`SELECT id, naam FROM regio WHERE id = $1`, [actor.regioId])
      : undefined;
    const organisatie = actor.organisatieId
      ? await this.db.one<{ id: string; naam: string; soort: string }>(`SELECT id, naam, soort FROM organisatie WHERE id = $1`, [
          actor.organisatieId,
        ])
      : actor.vestigingId
        ? await this.db.one<{ id: string; naam: string; soort: string }>(
            `SELECT v.id, i.naam || ' – ' || v.naam AS naam, 'mbo-vestiging' AS soort FROM vestiging v JOIN instelling i ON i.id = v.instelling_id WHERE v.id = $1`,
            [actor.vestigingId],
          )
        : undefined;
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
