import type { Uitvoerder } from '@rmc/server-core';
import type { IsoDate } from '@rmc/shared-domain';

/**
 * Ports: what the reminder scan, the calendar tasks, retention and the task list read of the case and
 * person contexts (docs/architecture.md, "Who owns which table": casus owns `casus*`, `plan_actie`,
 * `contactmoment`, `overdracht`; personen owns `persoon`). Casus imports nazorg (a case's check-ins) and
 * personen sits below casus, so nazorg imports neither: they implement these ports in their data
 * modules (`casusNazorgBron`, `persoonNazorgBron`) and the apps wire them under {@link NAZORG_CASUS_BRON}
 * and {@link NAZORG_PERSOON_BRON} (`NazorgBronnenModule.forRoot`, in the API and the worker); the plain
 * functions (`scanRegio`, `ruimOp`, `regioTick`) take them as `bronnen`. The candidate queries are tuned to their partial indexes (ADR 0013): the owners keep their
 * text as it was.
 */
/** A block of handled markers on one of casus's tables (the scan's `Markering`, owner side). */
export type CasusMarkering =
  | { tabel: 'plan_actie' | 'casus_deling'; kolom: 'herinnerd'; waarden: ReadonlyArray<readonly [string, string | null]> }
  | {
      tabel: 'casus';
      kolom: 'nazorg_besluit_herinnerd' | 'ladder_volgende';
      waarden: ReadonlyArray<readonly [string, string | null]>;
    }
  | { tabel: 'contactmoment'; kolom: 'ladder_verwerkt'; waarden: ReadonlyArray<readonly [string, string | null]> };

export interface NazorgCasusBron {
  /** Open plan and MDO actions at or past their deadline, not yet reminded, with their recipient (owner, organisation member, else consulent). */
  actiesMetDeadline(
    q: Uitvoerder,
    regioId: string,
    vandaag: IsoDate,
  ): Promise<Array<{ id: string; casus_id: string; deadline: string; ontvanger: string | null }>>;
  /** SQL expression: `EXISTS` an active case of the person `persoonKolom` (retention's person read). */
  actieveCasusVanPersoonSql(persoonKolom: string): string;
  /** SQL fragment `JOIN casus <alias> ON <voorwaarde>` for nazorg's own statements (a task's case). */
  casusJoinSql(alias: string, voorwaarde: string): string;
  /** Running shares ending within `dagen` days, not yet reminded, with the case's consulent. */
  delingenMetEinde(
    q: Uitvoerder,
    regioId: string,
    vandaag: IsoDate,
    dagen: number,
  ): Promise<Array<{ id: string; casus_id: string; eind: string; consulent_id: string | null }>>;
  /** Contact attempts the ladder has not seen yet. */
  nieuweContactpogingen(q: Uitvoerder, regioId: string): Promise<Array<{ id: string; casus_id: string }>>;
  /** Cases in a ladder phase whose next ladder moment has come. */
  ladderAanDeBeurt(q: Uitvoerder, regioId: string, vandaag: IsoDate): Promise<Array<{ id: string }>>;
  /** The cases' consulent and phase with every contact attempt (one row per attempt, or one without). */
  contactpogingen(
    q: Uitvoerder,
    regioId: string,
    casusIds: readonly string[],
  ): Promise<
    Array<{ casus_id: string; consulent_id: string | null; fase: string; datum: string | null; uitkomst: string | null }>
  >;
  /** Closed cases waiting for their nazorg to start, not yet reminded. */
  nazorgBesluitOpen(
    q: Uitvoerder,
    regioId: string,
    vandaag: IsoDate,
  ): Promise<Array<{ id: string; consulent_id: string; afgesloten: string; afgesloten_op: string }>>;
  /** Warm handovers offered to (or from) this region and not taken over, per recipient. */
  overdrachtenAangeboden(q: Uitvoerder, regioId: string): Promise<Array<{ id: string; ontvanger: string; op: string }>>;
  /** Open oud-vsv cases without an open yearly task, with the date of the last contact or yearly task. */
  oudVsvZonderJaarcontact(q: Uitvoerder, regioId: string): Promise<Array<{ id: string; laatste: string | null }>>;
  /** JIKP cases not ended, at most 25 months old, without Kwint tasks. */
  jikpZonderKwint(q: Uitvoerder, regioId: string, vandaag: IsoDate): Promise<Array<{ id: string; start: string }>>;
  /**
   * Writes the scan's handled markers on casus's tables (`plan_actie.herinnerd`, `casus_deling.herinnerd`,
   * `casus.nazorg_besluit_herinnerd`, `casus.ladder_volgende`, `contactmoment.ladder_verwerkt`) for one
   * block of ids: the owner holds the UPDATE.
   */
  markeer(q: Uitvoerder, m: CasusMarkering): Promise<void>;
  /** Ends the cases whose nazorg term has passed with no check-in open; their ids. */
  beeindigVerlopenNazorg(q: Uitvoerder, regioId: string, vandaag: IsoDate): Promise<Array<{ id: string }>>;
}

export interface NazorgPersoonBron {
  /** A region's persons past the term (`jaren` after birth) without an active case (`actieveCasusSql`, casus's expression). */
  verlopenPersonen(
    q: Uitvoerder,
    regioId: string,
    vandaag: IsoDate,
    jaren: number,
    actieveCasusSql: string,
  ): Promise<Array<{ id: string; bsn: string; regio_id: string }>>;
  /** SQL expression: `EXISTS` a person with the BSN `bsnKolom` in the region `regioKolom`. */
  persoonBestaatSql(bsnKolom: string, regioKolom: string): string;
  /** SQL fragment `JOIN persoon <alias> ON <voorwaarde>` for nazorg's own statements (the task list's names). */
  persoonJoinSql(alias: string, voorwaarde: string): string;
}

/** Both, as the scan and retention take them. */
export interface NazorgBronnen {
  casus: NazorgCasusBron;
  personen: NazorgPersoonBron;
}

export const NAZORG_CASUS_BRON = Symbol('NAZORG_CASUS_BRON');
export const NAZORG_PERSOON_BRON = Symbol('NAZORG_PERSOON_BRON');
