import { Overdracht1732700000000 } from './1732700000000-overdracht';
import { Fasehistorie1733300000000 } from './1733300000000-fasehistorie';
import { OntvangenPakketWissen1733500000000 } from './1733500000000-ontvangen-pakket-wissen';
import { DelingDagEnOverdrachtSlot1733800000000 } from './1733800000000-deling-dag-en-overdracht-slot';
import { Machtiging1733900000000 } from './1733900000000-machtiging';
import { PlanVanAanpak1734200000000 } from './1734200000000-plan-van-aanpak';
import { ActieVanJongere1735490000000 } from './1735490000000-actie-van-jongere';

/** The casus context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const CASUS_MIGRATIES = [
  Overdracht1732700000000,
  Fasehistorie1733300000000,
  OntvangenPakketWissen1733500000000,
  DelingDagEnOverdrachtSlot1733800000000,
  Machtiging1733900000000,
  PlanVanAanpak1734200000000,
  ActieVanJongere1735490000000,
];
