// A day table for the generator's time span: werkdagen come from the domain library (libs/shared/domain
// isWerkdag), computed once per day, with the Amsterdam UTC offset of the day; the hot loops then work on
// day numbers.
import { domain } from './domain.mjs';

const DAY = 86_400_000;
export const epochDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

const laatsteZondag = (jaar, maand) => {
  const d = new Date(Date.UTC(jaar, maand, 0));
  return d.getUTCDate() - d.getUTCDay();
};
export function zomertijd(iso) {
  const j = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 3 || m > 10) return false;
  if (m > 3 && m < 10) return true;
  return m === 3 ? d >= laatsteZondag(j, 3) : d < laatsteZondag(j, 10);
}

export class Calendar {
  constructor(fromIso, toIso) {
    this.d0 = epochDay(fromIso);
    const n = epochDay(toIso) - this.d0 + 1;
    this.iso = new Array(n);
    this.wd = new Uint8Array(n);
    this.cum = new Int32Array(n);
    this.off = new Array(n);
    this.wdList = [];
    let c = 0;
    for (let i = 0; i < n; i++) {
      const iso = new Date((this.d0 + i) * DAY).toISOString().slice(0, 10);
      this.iso[i] = iso;
      if (domain.isWerkdag(iso)) {
        this.wd[i] = 1;
        this.wdList.push(i);
        c++;
      }
      this.cum[i] = c;
      // Summer time (+02) from the last Sunday of March to the last Sunday of October (EU rule);
      // tools/data/check.mjs compares this with the domain's amsterdamTijdstip on the transition days.
      this.off[i] = zomertijd(iso) ? '+02' : '+01';
    }
    this.n = n;
  }
  idx(iso) {
    return epochDay(iso) - this.d0;
  }
  clamp(i) {
    return i < 0 ? 0 : i >= this.n ? this.n - 1 : i;
  }
  /** The werkdag `k` werkdagen after day i (k >= 1), as domain.plusWerkdagen. */
  plusWd(i, k) {
    if (k <= 0) return i;
    return this.wdList[Math.min(this.cum[this.clamp(i)] + k - 1, this.wdList.length - 1)];
  }
  /** The werkdag `k` werkdagen before day i. */
  minWd(i, k) {
    const pos = this.cum[this.clamp(i)] - (this.wd[this.clamp(i)] ? 1 : 0) - k;
    return this.wdList[Math.max(pos, 0)];
  }
  /** i itself when a werkdag, else the next werkdag. */
  onWd(i) {
    i = this.clamp(i);
    return this.wd[i] ? i : this.wdList[Math.min(this.cum[i], this.wdList.length - 1)];
  }
  /** A timestamp with the Amsterdam offset of that day: minutes after local midnight. */
  ts(i, minutes) {
    i = this.clamp(i);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return `${this.iso[i]} ${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:00${this.off[i]}`;
  }
}
