/**
 * Every list endpoint: one page of at most `limit` rows (default 50, max 100). `volgende` is the
 * opaque cursor of the next page (`?cursor=`), null on the last page. `total` is the number of rows
 * the filter matches where that count is cheap, null where it would cost a scan of the region's
 * history (then `volgende` says whether there is more).
 */
export interface Paged<T> {
  items: T[];
  total: number | null;
  volgende: string | null;
}
