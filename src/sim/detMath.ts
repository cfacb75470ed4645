/**
 * exp and log from + − × ÷ only. JavaScript engines round Math.exp, Math.log, Math.pow and Math.cos
 * differently in the last bit (Node and Chromium disagree), and one bit is enough to change a replay's
 * hash; basic arithmetic and Math.sqrt are exactly rounded everywhere, so these give the same result
 * in every engine.
 */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;

/** x × 2^k, exactly (by halving or doubling). */
function timesPowerOfTwo(x: number, k: number): number {
  let v = x;
  for (let i = 0; i < k; i++) v *= 2;
  for (let i = 0; i > k; i--) v /= 2;
  return v;
}

/** e^x, to within a few units in the last place, identical in every engine. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.13) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // |r| ≤ 0.35, so the Taylor series to the 14th term is exact to double precision.
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 14; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return timesPowerOfTwo(sum, k);
}

/** The natural logarithm of x > 0, identical in every engine. */
export function ln(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let m = x;
  let e = 0;
  while (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  // ln m = 2 atanh(s) with |s| ≤ 0.172: the odd series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = s;
  for (let n = 3; n <= 33; n += 2) {
    term *= s2;
    sum += term / n;
  }
  return 2 * sum + e * LN2_HI + e * LN2_LO;
}

/** base^n for a whole n ≥ 0, by repeated multiplication. */
export function powInt(base: number, n: number): number {
  let v = 1;
  for (let i = 0; i < n; i++) v *= base;
  return v;
}
