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

/** Explicit, ordered list: no globbing, no synchronize. */
export const MIGRATIONS = [Foundation1732300000000, Meldingen1732400000000, Systeemkoppelingen1732500000000, Casus1732600000000, Overdracht1732700000000, Inzage1732800000000, Overleg1732900000000, Herinneringen1733000000000, Bewaartermijn1733100000000, OutboxLease1733200000000];
