/** Explanations: every change of an indicator is split into the causes (flows, measures, events) that made it. */
import type { IndicatorId } from '../scenario/schema';
import {
  INDICATOR_COUNT,
  INDICATOR_IDS,
  writeDistrictIndicators,
  writeNeighbourhoodIndicators,
  type IndicatorVector,
} from './indicators';
import type { ModelState } from './state';

/** `flow:<name>`, `measure:<id>` or `event:<id>`. */
export type Cause = `flow:${string}` | `measure:${string}` | `event:${string}`;
/** The cause label of a flow, measure or event. */
export function cause(kind: 'flow' | 'measure' | 'event', id: string): Cause {
  return `${kind}:${id}` as Cause;
}

/** For each indicator, the part of its change owed to each cause. */
export type Changes = Partial<Record<IndicatorId, Partial<Record<Cause, number>>>>;

export interface Explanation {
  districts: Record<string, Changes>;
  neighbourhood: Changes;
}

/** Changes smaller than this are rounding noise, not causes. */
const NEGLIGIBLE = 1e-12;

/** Runs labelled mutations; the explaining recorder also books their effects. */
export interface Recorder {
  record(cause: Cause, mutate: () => void): void;
  explanation(): Explanation | undefined;
}

/** For batch runs that need no explanations: just applies each mutation. */
export const silentRecorder: Recorder = {
  record: (_cause, mutate) => mutate(),
  explanation: () => undefined,
};

/**
 * Runs the year as a sequence of labelled mutations and credits each indicator's change to the
 * label of the mutation that made it, so the causes of a change always add up to the change.
 * Indicators live in flat vectors, one block of INDICATOR_COUNT numbers per district and the neighbourhood last.
 */
export class CauseRecorder implements Recorder {
  private readonly ids: string[];
  private readonly now: IndicatorVector;
  private readonly scratch = new Float64Array(INDICATOR_COUNT);
  /** Per cause, the summed changes in the same layout as `now`. */
  private readonly byCause = new Map<Cause, IndicatorVector>();

  constructor(
    private readonly state: ModelState,
    private readonly lowIncome: readonly string[],
  ) {
    this.ids = Object.keys(state.districts);
    this.now = new Float64Array((this.ids.length + 1) * INDICATOR_COUNT);
    for (let i = 0; i < this.ids.length; i++) {
      writeDistrictIndicators(state.districts[this.ids[i]!]!, lowIncome, this.scratch);
      this.now.set(this.scratch, i * INDICATOR_COUNT);
    }
    writeNeighbourhoodIndicators(state, lowIncome, this.scratch);
    this.now.set(this.scratch, this.ids.length * INDICATOR_COUNT);
  }

  /** Applies `mutate` to the state and books what it changed under `cause`. */
  record(cause: Cause, mutate: () => void): void {
    mutate();
    let sums = this.byCause.get(cause);
    if (!sums) {
      sums = new Float64Array(this.now.length);
      this.byCause.set(cause, sums);
    }
    const n = this.ids.length;
    for (let i = 0; i < n; i++) {
      writeDistrictIndicators(this.state.districts[this.ids[i]!]!, this.lowIncome, this.scratch);
      this.book(i, sums);
    }
    writeNeighbourhoodIndicators(this.state, this.lowIncome, this.scratch);
    this.book(n, sums);
  }

  /** Adds the change from the current block to the scratch values into `sums`, then moves the block on. */
  private book(slot: number, sums: IndicatorVector): void {
    const base = slot * INDICATOR_COUNT;
    for (let k = 0; k < INDICATOR_COUNT; k++) {
      sums[base + k]! += this.scratch[k]! - this.now[base + k]!;
      this.now[base + k] = this.scratch[k]!;
    }
  }

  /** The year's explanation, leaving out causes that changed nothing; built on first reading, as most batch runs never read it. */
  explanation(): Explanation {
    let built: Explanation | undefined;
    const build = (): Explanation =>
      (built ??= {
        districts: Object.fromEntries(this.ids.map((id, i) => [id, this.changes(i)])),
        neighbourhood: this.changes(this.ids.length),
      });
    return {
      get districts() {
        return build().districts;
      },
      get neighbourhood() {
        return build().neighbourhood;
      },
    };
  }

  private changes(slot: number): Changes {
    const out: Changes = {};
    const base = slot * INDICATOR_COUNT;
    for (const [cause, sums] of this.byCause) {
      for (let k = 0; k < INDICATOR_COUNT; k++) {
        const v = sums[base + k]!;
        if (Math.abs(v) > NEGLIGIBLE) (out[INDICATOR_IDS[k]!] ??= {})[cause] = v;
      }
    }
    return out;
  }
}
