/** A fresh BSN from the 99… test range that passes the 11-proef, unique per call within a run (a full cycle of 10^6). */
let teller = Math.floor(Math.random() * 1_000_000);
export function testBsn(): string {
  for (;;) {
    teller = (teller + 7919) % 1_000_000;
    const basis = `99${String(teller).padStart(6, '0')}`;
    const som = basis.split('').reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
    const check = som % 11;
    if (check <= 9) return `${basis}${check}`;
  }
}
