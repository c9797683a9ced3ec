import { Foundation1732300000000 } from './1732300000000-foundation';
import { Meldingen1732400000000 } from './1732400000000-meldingen';
import { Systeemkoppelingen1732500000000 } from './1732500000000-systeemkoppelingen';
import { Casus1732600000000 } from './1732600000000-casus';
import { Inzage1732800000000 } from './1732800000000-inzage';
import { Overleg1732900000000 } from './1732900000000-overleg';
import { Herinneringen1733000000000 } from './1733000000000-herinneringen';
import { Bewaartermijn1733100000000 } from './1733100000000-bewaartermijn';
import { TakenEnMeldingslice1733400000000 } from './1733400000000-taken-en-meldingslice';
import { OntvangstEnInzage1733600000000 } from './1733600000000-ontvangst-en-inzage';
import { ComplianceZonderPersoon1734100000000 } from './1734100000000-compliance-zonder-persoon';
import { ScanHartslag1734300000000 } from './1734300000000-scan-hartslag';
import { LijstIndexen1734400000000 } from './1734400000000-lijst-indexen';
import { RlsPlanner1734500000000 } from './1734500000000-rls-planner';
import { TakenDueIndexen1734600000000 } from './1734600000000-taken-due-indexen';
import { AuthHardening1734800000000 } from './1734800000000-auth-hardening';
import { AuditKeten1734900000000 } from './1734900000000-audit-keten';

/**
 * The historical migrations that stay here: the foundation and the early ones that create or change
 * tables of several contexts at once (splitting them would change migrations that existing databases
 * already ran). NEW MIGRATIONS DO NOT GO HERE: put them in the migrations folder of the context that
 * owns the tables (`libs/server/<ctx>/src/migrations/`, listed in that folder's `index.ts`); the
 * ordered list of all of them is `MIGRATIONS` in `libs/server/migrations/src/index.ts`.
 */
export const DATABASE_MIGRATIES = [
  Foundation1732300000000,
  Meldingen1732400000000,
  Systeemkoppelingen1732500000000,
  Casus1732600000000,
  Inzage1732800000000,
  Overleg1732900000000,
  Herinneringen1733000000000,
  Bewaartermijn1733100000000,
  TakenEnMeldingslice1733400000000,
  OntvangstEnInzage1733600000000,
  ComplianceZonderPersoon1734100000000,
  ScanHartslag1734300000000,
  LijstIndexen1734400000000,
  RlsPlanner1734500000000,
  TakenDueIndexen1734600000000,
  AuthHardening1734800000000,
  AuditKeten1734900000000,
];
