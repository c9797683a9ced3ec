// Seeded pseudo-random numbers (sfc32): every row of the data set follows from --seed alone.
// A generator per region (seeded from the run seed and the region's index) keeps regions independent,
// so they can be generated in parallel worker threads and still give the same rows.

export function hashSeed(...parts) {
  let h = 2166136261 >>> 0;
  for (const p of parts.join('|')) h = Math.imul(h ^ p.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export class Rng {
  constructor(seed) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  /** [0, 1) */
  next() {
    return this.u32() / 4294967296;
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Picks from [[value, weight], ...]. */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  /** A uuid v4 made of this generator's bits (deterministic, never colliding in practice: 122 bits). */
  uuid() {
    const h = (n) => n.toString(16).padStart(8, '0');
    const a = h(this.u32());
    const b = h(this.u32());
    const c = h(this.u32());
    const d = h(this.u32());
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0], 16) & 3) | 8).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}

/** A precomputed weighted picker (cumulative table, binary search) for hot loops. */
export function picker(pairs) {
  const values = pairs.map((p) => p[0]);
  const cum = [];
  let t = 0;
  for (const [, w] of pairs) cum.push((t += w));
  return (rng) => {
    const r = rng.next() * t;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  };
}
