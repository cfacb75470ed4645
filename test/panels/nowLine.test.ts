import { describe, expect, it } from 'vitest';
import { newGame, defaultSeats } from '../../src/rules/game';
import { phaseAccepts } from '../../src/rules/phaseMachine';
import type { GameState } from '../../src/rules/types';
import { nowFacts, type NowPart } from '../../src/panels/phase/nowLine';
import { nowLabel, nowSentence } from '../../src/panels/phase/nowLine.texts';
import { gruenau, play, toPhase } from '../rules/helpers';

const scenario = gruenau();
const people = { ...defaultSeats(scenario), city: { controller: 'human' as const, stance: 'pragmatic' as const }, residents: { controller: 'human' as const, stance: 'pragmatic' as const } };
const at = (phase: GameState['phase']) => toPhase(scenario, newGame(scenario, 1, people), phase);
const kinds = (parts: NowPart[]) => parts.map((p) => p.kind);
const youthClub = { type: 'table', role: 'city', measure: 'youthClub', district: 'wk7', scale: 1, financing: { city: 0.5, youth: 0.5 } } as const;

describe('the now line', () => {
  it('offers in each phase exactly the role actions the phase machine accepts', () => {
    for (const phase of ['proposals', 'negotiation', 'decision'] as const) {
      const facts = nowFacts(scenario, at(phase), 'city');
      const offered = new Set(kinds(facts.parts));
      expect(offered.has('table') || offered.has('tableDone')).toBe(phaseAccepts(phase, 'table'));
      expect(offered.has('pledge')).toBe(phaseAccepts(phase, 'pledge'));
      expect(offered.has('vote')).toBe(phaseAccepts(phase, 'support'));
      expect(offered.has('concept')).toBe(phaseAccepts(phase, 'concept'));
    }
    for (const phase of ['news', 'situation', 'briefings', 'implementation', 'simulation', 'review'] as const) expect(nowFacts(scenario, at(phase), 'city').parts).toEqual([]);
  });

  it('counts the cards the role may still table, and offers amending once it has one on the table', () => {
    const proposals = at('proposals');
    expect(nowFacts(scenario, proposals, 'city').parts[0]).toEqual({ kind: 'table', left: 2, max: 2 });
    expect(kinds(nowFacts(scenario, proposals, 'city').parts)).not.toContain('amend');
    const tabled = play(scenario, proposals, youthClub);
    const facts = nowFacts(scenario, tabled, 'city');
    expect(facts.parts[0]).toEqual({ kind: 'table', left: 1, max: 2 });
    expect(kinds(facts.parts)).toContain('amend');
    expect(nowSentence(facts, 'en')).toMatch(/^Table one more card, /);
  });

  it('says what the computer roles have tabled, and that they answer in negotiation', () => {
    const proposals = play(scenario, at('proposals'), { type: 'table', role: 'youth', measure: 'youthClub', district: 'wk8', scale: 1, financing: { youth: 1 } });
    const en = nowSentence(nowFacts(scenario, proposals, 'city'), 'en');
    expect(en).toBe('Table up to 2 cards, back or oppose a card or put staff hours into the action concept; the computer roles have tabled theirs (one card).');
    expect(nowSentence(nowFacts(scenario, proposals, 'city'), 'de')).toContain('die Computer-Rollen haben ihre schon eingebracht (eine Karte)');
    const negotiation = toPhase(scenario, proposals, 'negotiation');
    expect(nowSentence(nowFacts(scenario, negotiation, 'city'), 'en')).toBe(
      'Open a card’s Details to pledge money, staff time or volunteer hours, back or oppose a card or put staff hours into the action concept; computer roles answer requests at once.',
    );
  });

  it('counts dots left under dot voting', () => {
    const decision = toPhase(scenario, play(scenario, at('negotiation'), { type: 'rule', rule: 'dots' }), 'decision');
    expect(nowFacts(scenario, decision, 'city').parts).toContainEqual({ kind: 'dots', left: scenario.decision.dots, of: scenario.decision.dots });
    expect(nowSentence(nowFacts(scenario, decision, 'city'), 'en')).toMatch(/^Place dots \(8 of 8 left\) or back or oppose a card; Page Down counts the votes\.$/);
  });

  it('says what a phase without moves is for, in both languages', () => {
    const news = nowFacts(scenario, at('news'), 'city');
    expect(nowSentence(news, 'en')).toContain('the facilitator may add an event from the deck (M)');
    expect(nowSentence(news, 'de')).toContain('Die Nachrichten gemeinsam');
    expect(nowSentence(nowFacts(scenario, at('review'), 'city'), 'en')).toContain('Page Down starts the next round');
    expect(nowLabel('City administration', 'en')).toBe('Now – City administration:');
    expect(nowLabel(undefined, 'de')).toBe('Jetzt:');
  });

  it('tells a room without people that there is only watching to do', () => {
    const state = toPhase(scenario, newGame(scenario, 1), 'negotiation');
    const facts = nowFacts(scenario, state, undefined);
    expect(facts.parts).toEqual([]);
    expect(nowSentence(facts, 'en')).toContain('The computer plays every role');
  });
});
