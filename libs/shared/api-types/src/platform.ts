/** Platform administration (platform-beheerder). */

/** Platform administration: GET/POST /api/v1/platform/regios, PATCH /api/v1/platform/regios/:id */
export interface PlatformRegioCreate {
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
}
export interface PlatformRegioDto {
  id: string;
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
  actief: boolean;
  aantalGebruikers: number;
}
/** POST /api/v1/platform/regios/:id/coordinatoren -> invites the region's first coördinator */
export interface PlatformCoordinatorUitnodiging {
  email: string;
  naam: string;
}

/** Job counts of one queue (GET /api/v1/platform/wachtrijen). */
export interface WachtrijTelling {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  oudsteWachtSeconden: number | null;
}
export interface WachtrijOnbereikbaar {
  onbereikbaar: true;
}

/** GET /api/v1/platform/wachtrijen: counts only, no personal data and no job payloads. */
export interface WachtrijenDto {
  mail: WachtrijTelling | WachtrijOnbereikbaar;
  import: WachtrijTelling | WachtrijOnbereikbaar;
  /** The scan queue: per-region reminder and retention ticks, with its number of job schedulers. */
  scan: (WachtrijTelling & { schedulers?: number; volgendeOp?: string | null }) | WachtrijOnbereikbaar;
  outbox: { wacht: number; mislukt: number; oudsteWachtSeconden: number | null; verzonden24u: number };
  /** The reminder scan's heartbeat (null before any worker ran a tick). */
  herinneringen: { secondenGeleden: number; duurMs: number; regios: number; mislukt: number } | null;
}

/** GET /api/v1/platform/wachtrijen/:wachtrij/taken — one job, without its payload. */
export interface WachtrijTaakDto {
  id: string;
  naam: string;
  toestand: string;
  pogingen: number;
  maxPogingen: number;
  fout: string | null;
  aangemaaktOp: string;
  verwerktOp: string | null;
  klaarOp: string | null;
}

/** POST /api/v1/platform/wachtrijen/:wachtrij/taken/:jobId/opnieuw */
export interface WachtrijTaakOpnieuw {
  id: string;
  toestand: 'waiting';
}

/** The answer to POST /api/v1/platform/regios/:id/coordinatoren. */
export interface CoordinatorUitgenodigd {
  gebruikerId: string;
}

/** PATCH /api/v1/platform/regios/:id */
export interface PlatformRegioUpdate {
  naam?: string;
  actief?: boolean;
}
