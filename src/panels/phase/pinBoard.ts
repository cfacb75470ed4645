/** A project card with the forum's pin-board fields: who is behind it, who implements it, goal, target group, effect, cost, financing. */
import type { VNode } from 'preact';
import { el, type Child } from '../../app/view/h';
import { accountsAfter, claimProgramme, cloneAccounts, planOf, type Plan } from '../../bots/financing';
import { conceptCoverage } from '../../rules/concept';
import { needs, programmeFits } from '../../rules/funding';
import type { GameState } from '../../rules/types';
import { euro, percent } from '../../scenario/numberFormat';
import type { Language, Measure, Scenario } from '../../scenario/schema';
import type { Participation } from '../../sim/state';
import { asked, CARD, expectedProgramme, moneyLeft, programmeTerms, sizeOf } from './card.texts';
import { addressees, goal, intendedEffect } from './cardWords';
import { PARTICIPATION_NAMES } from './common.texts';
import { COMPONENT_NAMES } from './concept.texts';
import { roleChip } from './controls';
import { resources } from './format';

/** The terms a card is (or would be) tabled on. */
export interface CardTerms {
  tabledBy: string;
  district?: string;
  scale: number;
  participation: Participation;
  financing: Record<string, number>;
  partners: string[];
}

function row(label: string, ...value: Child[]): VNode[] {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

function chips(scenario: Scenario, roles: readonly string[], lang: Language): VNode {
  return el('span', { class: 'chips' }, ...roles.map((r) => roleChip(scenario, r, lang)));
}

/** Programmes that fund this card this year: their terms, whether the concept condition is met, and the money the table has left in them. */
function programmes(scenario: Scenario, state: GameState, m: Measure, lang: Language): VNode {
  const coverage = conceptCoverage(scenario, state);
  const fitting = scenario.programmes.filter((g) => programmeFits(g, m, state.year));
  if (fitting.length === 0) return el('span', { class: 'muted' }, CARD.noProgramme[lang]);
  const { accounts } = accountsAfter(scenario, state.proposals, coverage, state.year);
  const room = (id: string) => {
    const a = accounts.get(id)!;
    return m.capital ? a.left : Math.min(a.left, a.nonCapitalLeft);
  };
  return el(
    'ul',
    { class: 'plain' },
    ...fitting.map((g) => {
      const met = coverage + 1e-9 >= g.requires.actionConcept;
      const terms = programmeTerms(g.name[lang], g.matchingRate, g.requires.actionConcept, g.requires.partners, lang);
      const status = [g.requires.actionConcept > 0 ? (met ? CARD.met[lang] : CARD.notMet[lang]) : '', moneyLeft(euro(Math.max(0, room(g.id)), lang), lang)].filter(Boolean).join(' · ');
      return el('li', {}, `${met ? '✓' : '✗'} ${terms}`, el('span', { class: 'muted' }, ` – ${status}`));
    }),
  );
}

/** The financing split with what each role is asked for, given the programme money the card can expect. */
function financing(scenario: Scenario, m: Measure, t: CardTerms, programme: Plan['programme'], lang: Language): VNode {
  const plan = planOf(scenario, { ...t, measure: m }, programme);
  const programmeName = programme && scenario.programmes.find((g) => g.id === programme.id)?.name[lang];
  return el(
    'ul',
    { class: 'plain' },
    ...(programme && programmeName ? [el('li', {}, expectedProgramme(euro(programme.money, lang), programmeName, lang))] : []),
    ...Object.entries(plan.asks).map(([role, r]) => {
      const share = t.financing[role];
      return el('li', {}, roleChip(scenario, role, lang), share !== undefined ? ` ${percent(share, lang)} – ` : ' – ', asked(resources(r, lang), lang));
    }),
  );
}

/** Programme money the cards can expect: each proposal on the table claims in table order; a new card gets what is left. */
export function expectedProgrammes(scenario: Scenario, state: GameState) {
  const coverage = conceptCoverage(scenario, state);
  const { accounts, claims } = accountsAfter(scenario, state.proposals, coverage, state.year);
  return {
    /** What the programmes have left once the table's cards claimed theirs: cards show it, so it says when they must be drawn again. */
    left: [...accounts].map(([id, a]) => `${id}:${a.left}:${a.nonCapitalLeft}`).join(' '),
    coverage,
    ofProposal: (id: string) => claims.get(id),
    ofDraft: (m: Measure, t: CardTerms) => claimProgramme(scenario, { ...t, measure: m }, coverage, state.year, cloneAccounts(accounts)),
  };
}

/** The pin-board fields of a card on given terms. */
export function pinBoard(scenario: Scenario, state: GameState, m: Measure, t: CardTerms, programme: Plan['programme'], lang: Language, tabled: boolean): VNode {
  const cost = needs(scenario, m, t);
  return el(
    'dl',
    { class: 'pin-board' },
    ...(tabled ? row(CARD.behind[lang], roleChip(scenario, t.tabledBy, lang)) : []),
    ...row(CARD.lead[lang], roleChip(scenario, m.lead, lang)),
    ...row(CARD.partners[lang], t.partners.length > 0 ? chips(scenario, t.partners, lang) : '—'),
    ...row(CARD.goal[lang], goal(scenario, m, lang)),
    ...row(CARD.addressees[lang], addressees(scenario, m, t.district, lang)),
    ...row(CARD.size[lang], sizeOf(t.scale, m.scale.unit[lang])),
    ...row(CARD.effect[lang], intendedEffect(scenario, m, t.scale, state.year, lang)),
    ...row(CARD.cost[lang], `${resources(cost, lang)} (${m.capital ? CARD.capital[lang] : CARD.nonCapital[lang]})`),
    ...row(CARD.financing[lang], financing(scenario, m, t, programme, lang)),
    ...row(CARD.programmes[lang], programmes(scenario, state, m, lang)),
    ...row(CARD.participation[lang], PARTICIPATION_NAMES[t.participation][lang]),
    ...(m.concept.length > 0 ? row(CARD.concept[lang], m.concept.map((c) => COMPONENT_NAMES[c][lang]).join(', ')) : []),
  );
}
