import { amsterdamDatum, urgentie } from '@rmc/shared-domain';
import type { MeldingDto } from '@rmc/shared-api-types';

export type MeldingRij = MeldingDto & {
  regioId: string | null;
  vestigingId: string;
  instellingId: string;
  gemeldDoorId: string | null;
  opgepaktOp: string | null;
  openCasus: boolean;
  laatsteVraag: string | null;
};

/** Derived triage facts: overdue flag and urgency (domain rule). */
export function verrijk(r: MeldingRij, nu = new Date()): MeldingRij {
  const teLaat = Boolean(r.oppakDeadline && !r.opgepaktOp && r.status === 'ontvangen' && r.oppakDeadline < amsterdamDatum(nu));
  return {
    ...r,
    teLaat,
    openVraag: r.status === 'aanvulling-gevraagd' ? r.laatsteVraag : null,
    urgentie: urgentie({
      zorgen: r.zorgen?.length ?? 0,
      actieGewenst: Boolean(r.actieGewenst),
      eerdereMeldingen: r.eerdereMeldingen ?? 0,
      openCasus: r.openCasus,
      teLaat,
    }),
  };
}
