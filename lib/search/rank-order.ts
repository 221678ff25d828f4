/**
 * The ranking's order of thousands of hits without a comparison sort: a common word start ranks
 * nearly every incident on each keystroke, and a sort calling a comparator 130,000 times was a
 * third of matching it. A radix sort on the bits of each hit's position, score and number of
 * query words gives the same order as the comparator (`byRankOf`), which small lists still use.
 */

/** Below this many hits a comparison sort is cheaper than the radix passes. */
const RADIX_FROM = 512;

/** The comparator the order is: most query words, then highest score, then lowest position. */
export function byRankOf(score: ArrayLike<number>, found: ArrayLike<number>): (a: number, b: number) => number {
  return (a, b) => found[b]! - found[a]! || score[b]! - score[a]! || a - b;
}

/**
 * Positions (distinct indexes of an array) in the ranking's order: most query words
 * (`found[p]`) first, then highest `score[p]`, then lowest position — `byRankOf` exactly (scores
 * equal as numbers, 0 and -0 included, tie); `found` holds non-negative integers. A new array;
 * `positions` is left as it is.
 */
export function rankOrder(positions: readonly number[], score: ArrayLike<number>, found: ArrayLike<number>): number[] {
  const n = positions.length;
  // NaN compares as a tie with everything, which no bit order can follow: those lists keep the comparator.
  let hasNaN = false;
  for (let j = 0; j < n && !hasNaN; j++) hasNaN = Number.isNaN(score[positions[j]!]!);
  if (n < RADIX_FROM || hasNaN) return [...positions].sort(byRankOf(score, found));
  // Each item's key as bytes, least significant first: its position, its score (flipped so that a
  // larger score is a smaller key), its number of query words (the same); one stable counting
  // pass per byte then orders by words, score and position.
  const bytes: Uint8Array[] = [];
  // (Typed arrays' `from` with a function is many times slower than these loops.)
  const addBytes = (values: Uint32Array, max: number) => {
    for (let shift = 0; shift < 32 && (shift === 0 || max >>> shift > 0); shift += 8) {
      const b = new Uint8Array(n);
      for (let j = 0; j < n; j++) b[j] = (values[j]! >>> shift) & 0xff;
      bytes.push(b);
    }
  };
  const at = new Uint32Array(n);
  let last = 0;
  for (let j = 0; j < n; j++) last = Math.max(last, (at[j] = positions[j]!));
  addBytes(at, last);
  const bits = new Float64Array(n);
  for (let j = 0; j < n; j++) bits[j] = score[positions[j]!]! + 0; // + 0 turns -0 into 0
  const halves = new Uint32Array(bits.buffer);
  const [lo, hi] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const keyLo = new Uint32Array(n);
  const keyHi = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const h = halves[2 * j + hi]!;
    const l = halves[2 * j + lo]!;
    // Doubles ascend as unsigned bits with negatives' bits all flipped and positives' sign bit
    // flipped; all flipped again, they descend.
    if (h & 0x80000000) {
      keyHi[j] = h;
      keyLo[j] = l;
    } else {
      keyHi[j] = ~(h ^ 0x80000000) >>> 0;
      keyLo[j] = ~l >>> 0;
    }
  }
  addBytes(keyLo, 0xffffffff);
  addBytes(keyHi, 0xffffffff);
  let most = 0;
  for (const p of positions) most = Math.max(most, found[p]!);
  const fewer = new Uint32Array(n);
  for (let j = 0; j < n; j++) fewer[j] = most - found[positions[j]!]!;
  addBytes(fewer, most);
  let index = new Int32Array(n);
  for (let j = 0; j < n; j++) index[j] = j;
  let spare = new Int32Array(n);
  const counts = new Int32Array(256);
  for (const digit of bytes) {
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[digit[j]!]!++;
    // A byte every item shares changes nothing.
    if (counts.includes(n)) continue;
    for (let v = 0, start = 0; v < 256; v++) {
      const c = counts[v]!;
      counts[v] = start;
      start += c;
    }
    for (let i = 0; i < n; i++) {
      const j = index[i]!;
      spare[counts[digit[j]!]!++] = j;
    }
    [index, spare] = [spare, index];
  }
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = positions[index[i]!]!;
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
