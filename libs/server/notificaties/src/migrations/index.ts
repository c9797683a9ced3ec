import { OutboxLease1733200000000 } from './1733200000000-outbox-lease';
import { OutboxLink1735740000000 } from './1735740000000-outbox-link';

/** The notificaties context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const NOTIFICATIES_MIGRATIES = [OutboxLease1733200000000, OutboxLink1735740000000];
