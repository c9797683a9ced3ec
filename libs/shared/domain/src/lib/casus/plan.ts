import { isKalenderdatum } from '../kalenderdatum';

/**
 * The plan van aanpak of the routekaart (plannen), besides its actions: the goals the young person wants
 * to reach, and the agreed contact moments (with the young person or a partner organisation). Goals are
 * in the young person's words, never a diagnosis. RMC only: no share section opens the plan.
 */
export const DOEL_STATUSSEN = ['open', 'bereikt', 'losgelaten'] as const;
export type DoelStatus = (typeof DOEL_STATUSSEN)[number];

export const DOEL_STATUS_LABELS: Record<DoelStatus, string> = {
  open: 'Open',
  bereikt: 'Bereikt',
  losgelaten: 'Losgelaten',
};

/** With whom a contact moment is agreed. */
export const CONTACT_MET = ['jongere', 'partner'] as const;
export type ContactMet = (typeof CONTACT_MET)[number];

export const CONTACT_MET_LABELS: Record<ContactMet, string> = {
  jongere: 'De jongere',
  partner: 'Een partnerorganisatie',
};

/** At most this many goals, and this many contact agreements. */
export const PLAN_MAX = 20;
export const PLAN_TEKST_MIN = 3;
export const PLAN_TEKST_MAX = 500;

export interface PlanDoel {
  omschrijving: string;
  status: DoelStatus;
}

export interface Contactafspraak {
  met: ContactMet;
  /** Required when `met` is 'partner': an organisation of the case's region (checked by the API). */
  organisatieId?: string;
  /** E.g. "elke twee weken bellen". */
  afspraak: string;
  /** The next agreed contact, yyyy-mm-dd. */
  volgendeDatum?: string;
}

export interface PlanVanAanpak {
  doelen: PlanDoel[];
  contactafspraken: Contactafspraak[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const tekstGoed = (w: unknown) => typeof w === 'string' && w.trim().length >= PLAN_TEKST_MIN && w.trim().length <= PLAN_TEKST_MAX;

/**
 * Field errors (Dutch) for a plan: `doelen.N.omschrijving`, `contactafspraken.N.organisatieId` and so on.
 * Whether an organisation belongs to the case's region is for the API to check; this checks the shape.
 */
export function controleerPlan(invoer: unknown): Array<{ field: string; message: string }> {
  const fouten: Array<{ field: string; message: string }> = [];
  const plan = (invoer && typeof invoer === 'object' ? invoer : {}) as { doelen?: unknown; contactafspraken?: unknown };

  if (!Array.isArray(plan.doelen)) fouten.push({ field: 'doelen', message: 'Geef de doelen als lijst (een lege lijst mag).' });
  else if (plan.doelen.length > PLAN_MAX)
    fouten.push({ field: 'doelen', message: `Een plan heeft hoogstens ${PLAN_MAX} doelen.` });
  else
    plan.doelen.forEach((d: unknown, i) => {
      const doel = (d && typeof d === 'object' ? d : {}) as { omschrijving?: unknown; status?: unknown };
      if (!tekstGoed(doel.omschrijving))
        fouten.push({
          field: `doelen.${i}.omschrijving`,
          message: `Beschrijf wat de jongere wil bereiken (${PLAN_TEKST_MIN} tot ${PLAN_TEKST_MAX} tekens).`,
        });
      if (!(DOEL_STATUSSEN as readonly unknown[]).includes(doel.status))
        fouten.push({ field: `doelen.${i}.status`, message: 'Kies de status van het doel: open, bereikt of losgelaten.' });
    });

  if (!Array.isArray(plan.contactafspraken))
    fouten.push({ field: 'contactafspraken', message: 'Geef de contactafspraken als lijst (een lege lijst mag).' });
  else if (plan.contactafspraken.length > PLAN_MAX)
    fouten.push({ field: 'contactafspraken', message: `Een plan heeft hoogstens ${PLAN_MAX} contactafspraken.` });
  else
    plan.contactafspraken.forEach((a: unknown, i) => {
      const afspraak = (a && typeof a === 'object' ? a : {}) as {
        met?: unknown;
        organisatieId?: unknown;
        afspraak?: unknown;
        volgendeDatum?: unknown;
      };
      const veld = (naam: string) => `contactafspraken.${i}.${naam}`;
      if (!(CONTACT_MET as readonly unknown[]).includes(afspraak.met))
        fouten.push({ field: veld('met'), message: 'Kies met wie de afspraak is: de jongere of een partnerorganisatie.' });
      else if (afspraak.met === 'partner' && (typeof afspraak.organisatieId !== 'string' || !UUID.test(afspraak.organisatieId)))
        fouten.push({ field: veld('organisatieId'), message: 'Kies de partnerorganisatie waarmee de afspraak is.' });
      else if (afspraak.met === 'jongere' && afspraak.organisatieId != null)
        fouten.push({ field: veld('organisatieId'), message: 'Een afspraak met de jongere heeft geen organisatie.' });
      if (!tekstGoed(afspraak.afspraak))
        fouten.push({
          field: veld('afspraak'),
          message: `Beschrijf de afspraak, bijvoorbeeld “elke twee weken bellen” (${PLAN_TEKST_MIN} tot ${PLAN_TEKST_MAX} tekens).`,
        });
      if (afspraak.volgendeDatum != null && !isKalenderdatum(afspraak.volgendeDatum))
        fouten.push({ field: veld('volgendeDatum'), message: 'Vul een bestaande datum in (jjjj-mm-dd).' });
    });
  return fouten;
}
