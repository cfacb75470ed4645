import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { playStanceGame } from '../../src/bots/stanceGame';
import { botSeats } from '../../src/cli/seats';
import { playRun } from '../../src/cli/labRuns';
import { withTime, workshopTime } from '../../src/rules/gameLength';
import { scores } from '../../src/rules/scoring';
import { stateHash } from '../../src/rules/session';
import { modelTimeline } from '../../src/rules/timeline';
import { yearRows } from '../../src/sim/report';
import { referenceSteps, type ReferenceGame, type ReferenceWork } from '../../src/panels/debrief/referenceGames';
import { gruenau } from '../helpers/scenarios';

/** The reference games as the worker plays them, from a copy of the work as the worker receives it. */
function played(work: ReferenceWork): ReferenceGame[] {
  const plays: ReferenceGame[] = [];
  const steps = referenceSteps(structuredClone(work), (play) => plays.push(play));
  let pauses = 0;
  while (!steps.next().done) pauses++;
  expect(pauses).toBeGreaterThan(10);
  return plays;
}

describe('the debrief’s reference games', () => {
  const file = gruenau();
  const time = workshopTime(file);
  const scenario = withTime(file, time);

  it('are the games the computer plays with every seat cooperative and every seat sectoral, at the group’s length and for its seed', () => {
    const plays = played({ scenario: file, time, seed: 7, rule: file.decision.rule });
    expect(plays.map((p) => p.id)).toEqual(['cooperative', 'sectoral']);
    for (const play of plays) {
      const live = playBotGame(scenario, 7, botSeats(scenario, play.id));
      expect(play.rows).toEqual(yearRows(scenario, modelTimeline(live)));
      expect(play.rows.map((r) => r.year)).toEqual([1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010]);
    }
    expect(plays[0]!.rows.at(-1)!.indicators).not.toEqual(plays[1]!.rows.at(-1)!.indicators);
  });

  it('bring their final scores, the shared score and each role’s objectives, profile and total, as scoring gives them for the same games', () => {
    const plays = played({ scenario: file, time, seed: 5, rule: file.decision.rule });
    for (const play of plays) {
      const live = playBotGame(scenario, 5, botSeats(scenario, play.id));
      expect(play.scores).toEqual(scores(scenario, live.state));
      expect(Object.keys(play.scores.roles)).toEqual(scenario.roles.map((r) => r.id));
    }
    expect(plays[0]!.scores.shared).not.toBe(plays[1]!.scores.shared);
  });

  it('are played under the group’s decision rule', () => {
    const rule = file.decision.options.find((r) => r !== file.decision.rule)!;
    const [cooperative] = played({ scenario: file, time, seed: 3, rule });
    const live = playBotGame(scenario, 3, botSeats(scenario, 'cooperative'), { rule });
    expect(live.state.rule).toBe(rule);
    expect(cooperative!.rows).toEqual(yearRows(scenario, modelTimeline(live)));
  });

  it('are the lab’s runs of the same stance and seed', () => {
    const live = playStanceGame(scenario, 'sectoral', 7);
    expect(stateHash(live.state)).toBe(stateHash(playBotGame(scenario, 7, botSeats(scenario, 'sectoral'), { explain: false }).state));
    const run = playRun(file, { stance: 'sectoral', seed: 7 }, { seats: {}, time });
    const [, sectoral] = played({ scenario: file, time, seed: 7, rule: file.decision.rule });
    expect(sectoral!.rows.at(-1)!.indicators.population).toBe(run.outcomes.population);
    expect(sectoral!.rows.at(-1)!.indicators.vacancy).toBe(run.outcomes.vacancy);
  });
});
