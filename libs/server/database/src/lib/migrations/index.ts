import { Foundation1732300000000 } from './1732300000000-foundation';
import { Meldingen1732400000000 } from './1732400000000-meldingen';
import { Systeemkoppelingen1732500000000 } from './1732500000000-systeemkoppelingen';
import { Casus1732600000000 } from './1732600000000-casus';
import { Overdracht1732700000000 } from './1732700000000-overdracht';
import { Inzage1732800000000 } from './1732800000000-inzage';
import { Overleg1732900000000 } from './1732900000000-overleg';
import { Herinneringen1733000000000 } from './1733000000000-herinneringen';
import { Bewaartermijn1733100000000 } from './1733100000000-bewaartermijn';
import { OutboxLease1733200000000 } from './1733200000000-outbox-lease';
import { Fasehistorie1733300000000 } from './1733300000000-fasehistorie';
import { TakenEnMeldingslice1733400000000 } from './1733400000000-taken-en-meldingslice';
import { OntvangenPakketWissen1733500000000 } from './1733500000000-ontvangen-pakket-wissen';
import { OntvangstEnInzage1733600000000 } from './1733600000000-ontvangst-en-inzage';
import { VervolgmeldingLos1733700000000 } from './1733700000000-vervolgmelding-los';
import { DelingDagEnOverdrachtSlot1733800000000 } from './1733800000000-deling-dag-en-overdracht-slot';
import { Machtiging1733900000000 } from './1733900000000-machtiging';
import { SchoolzijdeBewaartermijn1734000000000 } from './1734000000000-schoolzijde-bewaartermijn';
import { ComplianceZonderPersoon1734100000000 } from './1734100000000-compliance-zonder-persoon';
import { PlanVanAanpak1734200000000 } from './1734200000000-plan-van-aanpak';
import { ScanHartslag1734300000000 } from './1734300000000-scan-hartslag';
import { LijstIndexen1734400000000 } from './1734400000000-lijst-indexen';
import { RlsPlanner1734500000000 } from './1734500000000-rls-planner';
import { TakenDueIndexen1734600000000 } from './1734600000000-taken-due-indexen';
import { AuthHardening1734800000000 } from './1734800000000-auth-hardening';
import { AuditKeten1734900000000 } from './1734900000000-audit-keten';
import { NationaalRapportage1735000000000 } from './1735000000000-nationaal-rapportage';
import { NationaalFilters1735100000000 } from './1735100000000-nationaal-filters';

/** Explicit, ordered list: no globbing, no synchronize. */
export const MIGRATIONS = [
  Foundation1732300000000,
  Meldingen1732400000000,
  Systeemkoppelingen1732500000000,
  Casus1732600000000,
  Overdracht1732700000000,
  Inzage1732800000000,
  Overleg1732900000000,
  Herinneringen1733000000000,
  Bewaartermijn1733100000000,
  OutboxLease1733200000000,
  Fasehistorie1733300000000,
  TakenEnMeldingslice1733400000000,
  OntvangenPakketWissen1733500000000,
  OntvangstEnInzage1733600000000,
  VervolgmeldingLos1733700000000,
  DelingDagEnOverdrachtSlot1733800000000,
  Machtiging1733900000000,
  SchoolzijdeBewaartermijn1734000000000,
  ComplianceZonderPersoon1734100000000,
  PlanVanAanpak1734200000000,
  ScanHartslag1734300000000,
  LijstIndexen1734400000000,
  RlsPlanner1734500000000,
  TakenDueIndexen1734600000000,
  AuthHardening1734800000000,
  AuditKeten1734900000000,
  NationaalRapportage1735000000000,
  NationaalFilters1735100000000,
];
