/** Explanations: every change of an indicator is split into the causes (flows, measures, events) that made it. */
import type { IndicatorId } from '../scenario/schema';
import {
  INDICATOR_COUNT,
  INDICATOR_IDS,
  stocksOf,
  writeDistrictFromStocks,
  writeNeighbourhoodFromStocks,
  type IndicatorVector,
  type Stocks,
} from './indicators';
import type { DistrictState, ModelState } from './state';

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
  /** `reach`: the only districts `mutate` can change, when known; the neighbourhood is always booked. */
  record(cause: Cause, mutate: () => void, reach?: readonly string[]): void;
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
  /** Block of each district id. */
  private readonly slots = new Map<string, number>();
  /** The district objects, which the step changes in place, and their stocks as last booked. */
  private readonly districts: DistrictState[];
  private readonly stocks: Stocks[];
  private readonly now: IndicatorVector;
  private readonly scratch = new Float64Array(INDICATOR_COUNT);
  /** Per cause, the summed changes in the same layout as `now`. */
  private readonly byCause = new Map<Cause, IndicatorVector>();
  /** Room for further sums: views into shared chunks, as a typed array of its own lives outside the JS heap and is slow to make. */
  private spare = new Float64Array(0);
  /**
   * Whether every indicator so far was finite. Then a district left alone books x − x = +0, which
   * changes no sum (a sum is never −0), so skipping it is exact; Infinity − Infinity would not be.
   */
  private finite: boolean;

  constructor(
    state: ModelState,
    private readonly lowIncome: readonly string[],
  ) {
    this.ids = Object.keys(state.districts);
    this.ids.forEach((id, i) => this.slots.set(id, i));
    this.districts = this.ids.map((id) => state.districts[id]!);
    this.stocks = this.districts.map((d) => stocksOf(d, lowIncome));
    this.now = new Float64Array((this.ids.length + 1) * INDICATOR_COUNT);
    for (let i = 0; i < this.ids.length; i++) {
      writeDistrictFromStocks(this.districts[i]!, this.stocks[i]!, this.scratch);
      this.now.set(this.scratch, i * INDICATOR_COUNT);
    }
    writeNeighbourhoodFromStocks(this.districts, this.stocks, this.scratch);
    this.now.set(this.scratch, this.ids.length * INDICATOR_COUNT);
    this.finite = allFinite(this.now);
  }

  /** Applies `mutate` to the state and books what it changed under `cause`. */
  record(cause: Cause, mutate: () => void, reach?: readonly string[]): void {
    mutate();
    let sums = this.byCause.get(cause);
    if (!sums) {
      sums = this.freshSums();
      this.byCause.set(cause, sums);
    }
    if (reach && this.finite) {
      for (const id of reach) {
        const slot = this.slots.get(id);
        if (slot !== undefined) this.bookDistrict(slot, sums);
      }
    } else {
      for (let i = 0; i < this.ids.length; i++) this.bookDistrict(i, sums);
    }
    // Districts out of reach kept their stocks, so the cached ones are current.
    writeNeighbourhoodFromStocks(this.districts, this.stocks, this.scratch);
    this.book(this.ids.length, sums);
  }

  /** Zeroed sums for a new cause. */
  private freshSums(): IndicatorVector {
    const n = this.now.length;
    if (this.spare.length < n) this.spare = new Float64Array(32 * n);
    const sums = this.spare.subarray(0, n);
    this.spare = this.spare.subarray(n);
    return sums;
  }

  private bookDistrict(slot: number, sums: IndicatorVector): void {
    const d = this.districts[slot]!;
    const stocks = stocksOf(d, this.lowIncome, this.stocks[slot]);
    writeDistrictFromStocks(d, stocks, this.scratch);
    this.book(slot, sums);
  }

  /** Adds the change from the current block to the scratch values into `sums`, then moves the block on. */
  private book(slot: number, sums: IndicatorVector): void {
    const { scratch, now } = this;
    const base = slot * INDICATOR_COUNT;
    for (let k = 0; k < INDICATOR_COUNT; k++) {
      const v = scratch[k]!;
      sums[base + k]! += v - now[base + k]!;
      now[base + k] = v;
      if (!Number.isFinite(v)) this.finite = false;
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

function allFinite(v: IndicatorVector): boolean {
  return v.every(Number.isFinite);
}

/** Adds the second explanation's causes to the first's: the changes of consecutive years add up to the change over all of them. */
export function sumExplanations(a: Explanation, b: Explanation): Explanation {
  const add = (x: Changes, y: Changes): Changes => {
    const out: Changes = {};
    for (const changes of [x, y]) {
      for (const [indicator, causes] of Object.entries(changes) as [IndicatorId, Partial<Record<Cause, number>>][]) {
        const into = (out[indicator] ??= {});
        for (const [c, v] of Object.entries(causes) as [Cause, number][]) into[c] = (into[c] ?? 0) + v;
      }
    }
    // What one year gave and the next took back is no cause of the change over both, as in one year.
    for (const causes of Object.values(out)) for (const [c, v] of Object.entries(causes) as [Cause, number][]) if (Math.abs(v) <= NEGLIGIBLE) delete causes[c];
    return out;
  };
  const districts: Record<string, Changes> = {};
  for (const id of new Set([...Object.keys(a.districts), ...Object.keys(b.districts)])) districts[id] = add(a.districts[id] ?? {}, b.districts[id] ?? {});
  return { districts, neighbourhood: add(a.neighbourhood, b.neighbourhood) };
}
