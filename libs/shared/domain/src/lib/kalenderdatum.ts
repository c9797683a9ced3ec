/** A calendar date as the database stores it: exactly jjjj-mm-dd and a day that exists (not 2026-02-30, not a week date). */
export function isKalenderdatum(waarde: unknown): boolean {
  if (typeof waarde !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return false;
  const [j, m, d] = waarde.split('-').map(Number);
  const dag = new Date(Date.UTC(j, m - 1, d));
  return j >= 1900 && j <= 2200 && dag.getUTCFullYear() === j && dag.getUTCMonth() === m - 1 && dag.getUTCDate() === d;
}
