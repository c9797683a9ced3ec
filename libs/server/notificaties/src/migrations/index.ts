import { OutboxLease1733200000000 } from './1733200000000-outbox-lease';

/** The notificaties context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const NOTIFICATIES_MIGRATIES = [OutboxLease1733200000000];
