import { Injectable } from '@nestjs/common';
import { telGedeeldMetActiviteit, telMijnActiesTeLaat, telWachtendeOverdrachten, telZonderContact } from '@rmc/server-casus';
import { Db, RecordAccess, type Actor } from '@rmc/server-core';
import { telOpenAanvullingen, telRecenteTerugkoppelingen, telTriageNieuw, telTriageTeLaat } from '@rmc/server-meldingen';
import { telNazorgTakenTeDoen } from '@rmc/server-nazorg';
import { telOverleggenDezeWeek } from '@rmc/server-overleg';
import type { OverzichtResponse, OverzichtSleutel, OverzichtTelling } from '@rmc/shared-api-types';
import { PARTNER_ROLLEN } from '@rmc/shared-domain';

/** Every count reads at most this many rows; 100 means "99+". */
export const OVERZICHT_TOT = 100;
/** Cases without a successful contact for this many days. */
export const ZONDER_CONTACT_DAGEN = 30;
/** The school's feedback of the last two weeks, among meldingen of the last half year. */
export const TERUGKOPPELING_DAGEN = 14;
const TERUGKOPPELING_VENSTER = 183;
/** A partner's shared cases with activity in the last week. */
export const ACTIVITEIT_DAGEN = 7;

const MELDING = { regioId: 'm.regio_id', vestigingId: 'm.vestiging_id', id: 'm.id' };
const CASUS = { id: 'c.id', regioId: 'c.regio_id' };
const OVERLEG = { regioId: 'o.regio_id', deelnemerOrganisaties: '[]o.deelnemer_organisaties' };

/**
 * The Overzicht (issue 13 item 2): the day's work as counts. Each count is the owning context's exported
 * query (one capped, index-served statement; CASL admission as SQL, RLS again in PostgreSQL), asked only
 * when the user may open the list it stands for. One after the other: the request has one connection.
 * Counts hold no personal data, so no audit row is written.
 */
@Injectable()
export class OverzichtService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
  ) {}

  async overzicht(actor: Actor): Promise<OverzichtResponse> {
    const tellingen: OverzichtTelling[] = [];
    // A user who must first set up two-step verification sees nothing of the region's work yet.
    if (actor.totpInstellenVereist) return { tellingen };
    const ability = this.access.ability;
    const tel = async (sleutel: OverzichtSleutel, lees: () => Promise<number>, dagen?: number) => {
      const n = await lees();
      tellingen.push({ sleutel, aantal: Math.min(n, OVERZICHT_TOT - 1), meer: n >= OVERZICHT_TOT, ...(dagen ? { dagen } : {}) });
    };
    const regioWerk = ability.can('update', 'Casus');
    const partner = PARTNER_ROLLEN.includes(actor.rol);

    // Region: the triage queue (the region's side of a melding).
    if (actor.regioId && ability.can('read', 'Melding')) {
      const w = this.access.where('read', 'Melding', MELDING);
      await tel('triageNieuw', () => telTriageNieuw(this.db, w, OVERZICHT_TOT));
      await tel('triageTeLaat', () => telTriageTeLaat(this.db, w, OVERZICHT_TOT));
    }
    // School: its vestiging's meldingen.
    if (actor.vestigingId && ability.can('read', 'Melding')) {
      const w = this.access.where('read', 'Melding', MELDING);
      await tel('openAanvullingen', () => telOpenAanvullingen(this.db, w, OVERZICHT_TOT));
      await tel(
        'terugkoppelingen',
        () => telRecenteTerugkoppelingen(this.db, w, TERUGKOPPELING_DAGEN, TERUGKOPPELING_VENSTER, OVERZICHT_TOT),
        TERUGKOPPELING_DAGEN,
      );
    }
    if (actor.regioId && ability.can('read', 'Casus')) {
      await tel('mijnActiesTeLaat', () =>
        telMijnActiesTeLaat(this.db, actor.gebruikerId, partner ? actor.organisatieId : null, !partner, OVERZICHT_TOT),
      );
    }
    if (actor.regioId && regioWerk) {
      const w = this.access.where('read', 'Casus', CASUS);
      // The coördinator (who assigns cases) watches the region's caseload, everyone else their own.
      const consulentId = ability.can('assign', 'Casus') ? null : actor.gebruikerId;
      await tel(
        'zonderContact',
        () => telZonderContact(this.db, w, ZONDER_CONTACT_DAGEN, consulentId, OVERZICHT_TOT),
        ZONDER_CONTACT_DAGEN,
      );
      await tel('nazorgTeDoen', () => telNazorgTakenTeDoen(this.db, OVERZICHT_TOT));
    }
    if (actor.regioId && ability.can('read', 'Overleg')) {
      const w = this.access.where('read', 'Overleg', OVERLEG);
      await tel('overleggenDezeWeek', () => telOverleggenDezeWeek(this.db, w, OVERZICHT_TOT));
    }
    if (actor.regioId && (regioWerk || (partner && actor.organisatieId))) {
      await tel('overdrachtenWachtend', () =>
        telWachtendeOverdrachten(this.db, regioWerk ? actor.regioId : null, partner ? actor.organisatieId : null, OVERZICHT_TOT),
      );
    }
    if (actor.regioId && partner && ability.can('read', 'Casus')) {
      const w = this.access.where('read', 'Casus', CASUS);
      await tel(
        'gedeeldMetActiviteit',
        () => telGedeeldMetActiviteit(this.db, w, actor.gebruikerId, ACTIVITEIT_DAGEN, OVERZICHT_TOT),
        ACTIVITEIT_DAGEN,
      );
    }
    return { tellingen };
  }
}
