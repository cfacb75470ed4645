/** The seeded generator: alea from seedrandom, whose four-number state lives in the model state. */
import seedrandom from 'seedrandom';
import { exp, ln } from './detMath';

export type RngState = seedrandom.State.Alea;

/** The generator state a seed starts from. */
export function seedRng(seed: number | string): RngState {
  return seedrandom.alea(String(seed), { state: true }).state();
}

/** A generator that continues from a saved state; read `state()` back when done drawing. */
export class Rng {
  private readonly prng: seedrandom.StatefulPRNG<RngState>;

  constructor(state: RngState) {
    this.prng = seedrandom.alea('', { state });
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.prng();
  }

  /** Standard normal draw (Marsaglia's polar method: no cosine, so every engine draws the same). */
  normal(): number {
    for (;;) {
      const u = 2 * this.next() - 1;
      const v = 2 * this.next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * ln(s)) / s);
    }
  }

  /** Log-normal factor with mean 1 and the given spread; 1 exactly when sigma is 0 (no draw). */
  noise(sigma: number): number {
    if (sigma === 0) return 1;
    return exp(sigma * this.normal() - (sigma * sigma) / 2);
  }

  state(): RngState {
    return this.prng.state();
  }
}
