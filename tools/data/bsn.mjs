// Test-range BSNs: 9 digits starting with 99 and passing the 11-proef. There are about 909,000 of them;
// a global person index maps onto them through a fixed permutation, so every region gets distinct,
// random-looking numbers (a national set larger than the range repeats numbers across regions, as a
// person who moved would). The 16 BSNs of the demo personen are never handed out.
const DEMO = new Set([
  '999955627',
  '999006022',
  '999677354',
  '999468480',
  '999416273',
  '999384934',
  '999859699',
  '999428925',
  '999693712',
  '999739645',
  '999983696',
  '999228468',
  '999745268',
  '999799551',
  '999606360',
  '999017573',
]);

const GELDIG = (() => {
  const list = [];
  for (let n = 0; n < 1_000_000; n++) {
    // Digits d3..d8 of n weigh 7..2; d1 = d2 = 9 weigh 9 and 8.
    let som = 9 * 9 + 8 * 9;
    for (let i = 0, r = n; i < 6; i++, r = Math.floor(r / 10)) som += (2 + i) * (r % 10);
    const check = som % 11;
    if (check === 10) continue;
    const bsn = 990_000_000 + n * 10 + check;
    if (!DEMO.has(String(bsn))) list.push(bsn);
  }
  return list;
})();

const STAP = 7_919 * 97; // coprime with the list length is checked below

function ggd(a, b) {
  return b ? ggd(b, a % b) : a;
}
let stap = STAP;
while (ggd(stap, GELDIG.length) !== 1) stap++;

export function bsnFor(index) {
  const n = GELDIG.length;
  return String(GELDIG[Number((BigInt(index % n) * BigInt(stap) + 12_345n) % BigInt(n))]);
}
