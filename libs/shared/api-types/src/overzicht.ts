/**
 * `GET /api/v1/overzicht` (issue 13 item 2): the day's work as counts, per role. Each count is one
 * index-served statement capped at 100 rows: `aantal` is at most 99 and `meer` says there are more
 * (the portal shows "99+"). A count is present only for a user who may open the list it links to.
 */
export type OverzichtSleutel =
  /** Region: new meldingen in triage (status ontvangen). */
  | 'triageNieuw'
  /** Region: meldingen in triage past their term (not picked up before `oppakDeadline`). */
  | 'triageTeLaat'
  /** Own open actions past their deadline (as *Mijn acties*). */
  | 'mijnActiesTeLaat'
  /** RMC: active cases without successful contact for `dagen` days (own cases; the coördinator the region's). */
  | 'zonderContact'
  /** RMC: open nazorg tasks whose moment has come. */
  | 'nazorgTeDoen'
  /** Meetings this week (Monday to Sunday, Amsterdam). */
  | 'overleggenDezeWeek'
  /** Warm handovers offered to the region or the organisation, not yet accepted. */
  | 'overdrachtenWachtend'
  /** School: meldingen with a question of the region still to answer. */
  | 'openAanvullingen'
  /** School: meldingen with feedback from the region in the last `dagen` days. */
  | 'terugkoppelingen'
  /** Partner: shared cases with activity by others in the last `dagen` days. */
  | 'gedeeldMetActiviteit';

export interface OverzichtTelling {
  sleutel: OverzichtSleutel;
  /** 0–99. */
  aantal: number;
  /** True when there are more than 99 ("99+"). */
  meer: boolean;
  /** The period the count looks back over, where it has one. */
  dagen?: number;
}

export interface OverzichtResponse {
  tellingen: OverzichtTelling[];
}
