/** Compliance per vestiging (the "hotspot"). */

/** GET /api/v1/compliance and /api/v1/compliance.csv (same figures; suppressed cells empty in CSV). */
export interface ComplianceQuery {
  instellingId?: string;
  regioId?: string;
  /** Default: the current school year. */
  schooljaar?: string;
}
/** A count; in cross-party figures 1–4 is suppressed: aantal null, onderdrukt true. */
export interface ComplianceTelling {
  aantal: number | null;
  onderdrukt: boolean;
}
export interface ComplianceCijfers {
  totaal: ComplianceTelling;
  /** yyyy-mm → count, every month of the school year (August–July). */
  perMaand: { maand: string; aantal: ComplianceTelling }[];
  perSoort: { soort: string; label: string; aantal: ComplianceTelling }[];
  /** Filed on time (4 weken: ≤ 5 werkdagen after the agenda threshold) AND complete at first filing. */
  binnenNorm: { aantal: ComplianceTelling; aandeel: number | null };
  /** Complete at first filing (melding.volledig). */
  volledig: { aantal: ComplianceTelling; aandeel: number | null };
  /**
   * Region pick-up (opgepakt − gemeld, werkdagen) against the deadline of the agenda. One story:
   * `teLaat` = picked up after the term + not picked up with the term passed (`verlopen`, given apart);
   * `open` = not picked up, still within the term; `aandeelOpTijd` = opTijd / (opTijd + teLaat).
   */
  oppak: {
    opgepakt: ComplianceTelling;
    gemiddeldWerkdagen: number | null;
    opTijd: ComplianceTelling;
    teLaat: ComplianceTelling;
    verlopen: ComplianceTelling;
    open: ComplianceTelling;
    aandeelOpTijd: number | null;
  };
  /** Feedback to the school (teruggemeld − gemeld, werkdagen). */
  terugkoppeling: { teruggemeld: ComplianceTelling; gemiddeldWerkdagen: number | null; aandeel: number | null };
  /** Which regions the students come from (null = regio niet aangesloten). */
  herkomst: { regioId: string | null; regioNaam: string; aantal: ComplianceTelling }[];
}
export interface ComplianceVestiging extends ComplianceCijfers {
  vestigingId: string;
  vestigingNaam: string;
  instellingId: string;
  instellingNaam: string;
}
export interface ComplianceResponse {
  schooljaar: string;
  /** Whose rows: a region sees the meldingen routed to it, a school those of its own vestiging. */
  perspectief: 'regio' | 'school';
  instellingId: string | null;
  regioId: string | null;
  maanden: string[];
  /** Counts below this are suppressed in cross-party figures. */
  onderdrukDrempel: number;
  vestigingen: ComplianceVestiging[];
  totaal: ComplianceCijfers;
}
