/** BSN 11-proef: 9 digits, sum(d1*9 .. d8*2) - d9 divisible by 11. */
export function isGeldigBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const d = bsn.split('').map(Number);
  const som = d.slice(0, 8).reduce((acc, n, i) => acc + n * (9 - i), 0) - d[8];
  return som % 11 === 0 && bsn !== '000000000';
}

/** Dutch postcode "1234 AB" (space optional) → { pc4, normalised } or null. */
export function parsePostcode(postcode: string): { pc4: number; postcode: string } | null {
  const m = /^\s*([1-9]\d{3})\s?([A-Za-z]{2})\s*$/.exec(postcode ?? '');
  if (!m) return null;
  const letters = m[2].toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return null;
  return { pc4: Number(m[1]), postcode: `${m[1]} ${letters}` };
}
