/** Region, organisations and MBO institutions (reference data of a region). */
import type { OrganisatieSoort, RegioInstellingen } from '@rmc/shared-domain';

export interface RegioDto {
  id: string;
  naam: string;
  contactgemeente: { code: string; naam: string };
  gemeenten: { code: string; naam: string }[];
  instellingen: RegioInstellingen;
  actief: boolean;
}
/** PATCH /api/v1/regio/instellingen */
export type RegioInstellingenUpdate = Partial<RegioInstellingen>;

export interface OrganisatieDto {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode: string | null;
  actief: boolean;
}
/** POST /api/v1/organisaties ; PATCH /api/v1/organisaties/:id (naam, actief) */
export interface OrganisatieCreate {
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode?: string;
}

export interface InstellingDto {
  id: string;
  naam: string;
  brin: string;
  vestigingen: { id: string; naam: string; plaats: string; postcode: string }[];
}

/** GET /api/v1/gemeenten — reference data, any session. */
export interface GemeenteDto {
  code: string;
  naam: string;
  /** The region the municipality belongs to; null while it is in none. */
  regioId: string | null;
  /** Name of that region while it is active (null otherwise). */
  regioNaam?: string | null;
}

/** PATCH /api/v1/organisaties/:id */
export interface OrganisatieUpdate {
  naam?: string;
  actief?: boolean;
}
