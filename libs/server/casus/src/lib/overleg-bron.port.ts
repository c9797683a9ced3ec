/**
 * Port: the meetings a case was discussed in, for the timeline and the inzage (docs/architecture.md, "Who
 * owns which table": overleg owns `overleg` and `agendapunt`). Overleg imports casus, so casus cannot
 * import overleg: overleg implements this port and provides it under {@link CASUS_OVERLEG_BRON} (its
 * global `OverlegCasusBronModule`, imported by `OverlegModule`).
 */
export interface CasusOverlegBron {
  /**
   * SQL subquery: the agenda items of the cases whose ids subquery `casusIds` selects, with their meeting:
   * columns `casus_id`, `overleg_id`, `soort`, `titel`, `start`, `vraag`, `notities`, `besluiten`.
   */
  agendapuntenVanCasussenSql(casusIds: string): string;
}

export const CASUS_OVERLEG_BRON = Symbol('CASUS_OVERLEG_BRON');
