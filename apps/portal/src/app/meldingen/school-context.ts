import type { InstellingDto, MeResponse } from '@rmc/shared-api-types';

export interface Leslocatie {
  id: string;
  naam: string;
  eigen: boolean;
}

/**
 * The API accepts a melding only for the user's own vestiging (and RLS would hide one filed for
 * another), so the other vestigingen of the instelling are not offered. Flip this when the API allows
 * filing for every vestiging of the instelling.
 */
export const ALLEEN_EIGEN_VESTIGING = true;

/**
 * The vestigingen a school user may choose as leslocatie: those of its own instelling, own one first
 * (only the own one while ALLEEN_EIGEN_VESTIGING). A school account's organisation in /auth/me is its
 * vestiging. If the registry cannot be read, the own vestiging is the only choice.
 */
export function leslocatiesVoor(
  me: MeResponse | null,
  instellingen: InstellingDto[],
  alleenEigen = ALLEEN_EIGEN_VESTIGING,
): { instelling: InstellingDto | null; leslocaties: Leslocatie[] } {
  const eigenId = me?.organisatie?.id ?? null;
  const instelling = instellingen.find((i) => i.vestigingen.some((v) => v.id === eigenId)) ?? null;
  if (!instelling) {
    const naam = me?.organisatie?.naam ?? 'Eigen vestiging';
    return { instelling: null, leslocaties: eigenId ? [{ id: eigenId, naam, eigen: true }] : [] };
  }
  const leslocaties = instelling.vestigingen
    .map((v) => ({ id: v.id, naam: `${v.naam} (${v.plaats})`, eigen: v.id === eigenId }))
    .filter((v) => !alleenEigen || v.eigen)
    .sort((a, b) => Number(b.eigen) - Number(a.eigen) || a.naam.localeCompare(b.naam, 'nl'));
  return { instelling, leslocaties };
}
