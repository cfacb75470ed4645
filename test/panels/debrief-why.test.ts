/** "Why this result?" in the debrief: every cause of the difference from no measures is named in both languages, and the bars add up to it. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { causeLines } from '../../src/panels/debrief/why';
import { HEADLINE_INDICATORS } from '../../src/panels/phase/indicators.texts';
import { defaultSeats } from '../../src/rules/game';
import { withTime } from '../../src/rules/gameLength';
import { noMeasuresComparison } from '../../src/rules/noMeasuresComparison';
import { causeBreakdown } from '../../src/sim/causeBreakdown';
import { gruenau } from '../helpers/scenarios';

describe('why this result', () => {
  const scenario = withTime(gruenau(), gruenau().time.workshop!);
  const live = playBotGame(scenario, 1, defaultSeats(scenario), { explain: false });
  const runs = noMeasuresComparison(scenario, live)!;

  it('names every cause it shows, in German and English, and its lines add up to the difference', () => {
    for (const district of [null, ...scenario.districts.map((d) => d.id)]) {
      const breakdown = causeBreakdown(runs.game, runs.none, district);
      for (const id of HEADLINE_INDICATORS) {
        for (const lang of ['de', 'en'] as const) {
          const lines = causeLines(scenario, id, breakdown[id], lang);
          expect(lines.length).toBeLessThanOrEqual(7);
          const sum = lines.reduce((a, l) => a + l.value, 0);
          expect(Math.abs(sum - breakdown[id].difference)).toBeLessThan(1e-9 * Math.max(1, Math.abs(breakdown[id].difference)));
          for (const l of lines) expect(l.label, `${id} ${l.key}`).not.toMatch(/^(flow|measure|event):|^[a-z]+[A-Z]\w*$/);
        }
      }
    }
  });

  it('answers why population ended above no measures with the causes people name', () => {
    const lines = causeLines(scenario, 'population', causeBreakdown(runs.game, runs.none).population, 'en');
    expect(lines.map((l) => l.label)).toContain('Demolition of a block');
    expect(lines.map((l) => l.label)).toContain('Households moving out');
  });
});
