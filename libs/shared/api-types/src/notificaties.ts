/** In-app notifications. */
import type { Paged } from './paging';

/** GET /api/v1/notificaties (own), POST /api/v1/notificaties/:id/gelezen */
export interface NotificatieDto {
  id: string;
  soort: string;
  tekst: string;
  link: string;
  gelezen: boolean;
  aangemaaktOp: string;
}
/** GET /api/v1/notificaties?limit=&cursor= — own notifications, newest first; `ongelezen` counts all unread ones. */
export interface NotificatieLijst extends Paged<NotificatieDto> {
  ongelezen: number;
}
