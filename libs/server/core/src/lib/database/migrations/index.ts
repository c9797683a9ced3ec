import { Foundation1732300000000 } from './1732300000000-foundation';

/** Explicit, ordered list: no globbing, no synchronize. */
export const MIGRATIONS = [Foundation1732300000000];
