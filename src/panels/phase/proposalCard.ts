/** One proposal at the table: a compact card (cardSummary.ts) that opens to who pledged, backs or opposes it, the computer roles' answers, the acting role's controls and the pin-board. */
import type { VNode } from 'preact';
import { setOpen, type AmendDraft, type PledgeDraft } from '../../app/drafts';
import { memo } from '../../app/view/component';
import { button, el, type Child } from '../../app/view/h';
import type { App } from '../../app/store';
import { planOf, termsOf, type Plan } from '../../bots/financing';
import { reasonMessage } from '../../bots/reasonMessages';
import { dotsFor } from '../../rules/decisionRules';
import { needs } from '../../rules/funding';
import { rejectionMessage } from '../../rules/rejectionMessages';
import type { GameState, Proposal, Rejection } from '../../rules/types';
import { euro, number } from '../../scenario/numberFormat';
import type { Language, Role, Scenario } from '../../scenario/schema';
import type { Answer } from './answers';
import { CARD, CARD_MORE, CARD_TOGGLE, moneyLine, onlyIfShort, stillMissing } from './card.texts';
import { forecastLine, missingOf, placeLine, statusLine } from './cardSummary';
import { COMMON } from './common.texts';
import { roleChip } from './controls';
import { resources } from './format';
import { bonus, OUTCOME, rank } from './outcome.texts';
import { pinBoard } from './pinBoard';
import { proposalActions, quickVotes } from './proposalActions';

/** The roles as chips separated by commas (chips alone run together on one line), or "nobody". */
function chipsOr(scenario: Scenario, roles: readonly string[], lang: Language): Child[] {
  return roles.length > 0 ? roles.flatMap((r, i) => [i > 0 ? ', ' : '', roleChip(scenario, r, lang)]) : [COMMON.nobody[lang]];
}

function pledgeList(scenario: Scenario, p: Proposal, lang: Language): VNode {
  return el(
    'p',
    { class: 'pledges' },
    el('strong', {}, `${CARD.pledges[lang]}: `),
    ...(p.pledges.length === 0
      ? [CARD.noPledges[lang]]
      : p.pledges.flatMap((x, i) => [i > 0 ? ' · ' : '', roleChip(scenario, x.role, lang), ` ${resources(x, lang)}`, x.condition ? ` ${onlyIfShort(x.condition, lang)}` : ''])),
  );
}

/** How much of the money is pledged or expected from a programme, and what is still missing. */
function fundingMeter(scenario: Scenario, p: Proposal, plan: Plan, lang: Language): VNode {
  const m = scenario.measures.find((x) => x.id === p.measure)!;
  const need = needs(scenario, m, p);
  const pledged = p.pledges.reduce((a, x) => a + x.money, 0);
  const programme = plan.programme?.money ?? 0;
  const missing = missingOf(scenario, p, plan);
  const fill = el('span', { class: 'meter-fill', 'aria-hidden': 'true', style: `width: ${need.money > 0 ? Math.min(1, (pledged + programme) / need.money) * 100 : 100}%` });
  return el(
    'div',
    { class: 'funding' },
    el('div', { class: 'meter' }, el('span', { class: 'meter-label' }, CARD_MORE.funded[lang]), el('span', { class: 'meter-track' }, fill), el('span', { class: 'meter-value' }, moneyLine(euro(pledged, lang), programme > 0 ? euro(programme, lang) : undefined, euro(need.money, lang), lang))),
    el('p', { class: missing ? 'missing' : 'muted' }, missing ? stillMissing(resources(missing, lang), lang) : programme > 0 ? CARD.coveredWithProgramme[lang] : CARD.covered[lang]),
  );
}

function answerList(scenario: Scenario, answers: readonly Answer[], lang: Language): VNode | null {
  if (answers.length === 0) return null;
  return el(
    'section',
    { class: 'answers' },
    el('h4', {}, CARD.answers[lang]),
    el('ul', { class: 'plain' }, ...answers.map((a) => el('li', {}, roleChip(scenario, a.role, lang), `: ${reasonMessage(a.reason, lang, scenario)}`))),
  );
}

/** Before counting, in the open card: the forecast in full (forecast.ts) and the rank under dot voting; the closed card's line says it in short and is the one announced. */
function preview(app: App, failed: Rejection | undefined, place: number | undefined): VNode {
  const { scenario, lang } = app.store.getState();
  return el(
    'p',
    { class: failed ? 'preview fails' : 'preview passes' },
    place !== undefined ? el('strong', {}, `${rank(place, lang)} · `) : '',
    failed ? `${OUTCOME.soFar[lang]} ${rejectionMessage(failed, lang, scenario)}` : OUTCOME.passesSoFar[lang],
  );
}

/** After implementation: the verdict with its reason, who paid what, programme money and the multi-goal bonus. */
function verdict(scenario: Scenario, p: Proposal, lang: Language): VNode {
  const head = { passed: `✓ ${OUTCOME.passed[lang]}`, rejected: `✗ ${OUTCOME.rejected[lang]}`, unfunded: `✗ ${OUTCOME.unfunded[lang]}`, open: OUTCOME.open[lang] }[p.verdict];
  const programme = p.programme && scenario.programmes.find((g) => g.id === p.programme!.id);
  return el(
    'div',
    { class: `verdict ${p.verdict}` },
    el('p', { class: 'verdict-head' }, head),
    p.because ? el('p', {}, rejectionMessage(p.because, lang, scenario)) : null,
    p.paid
      ? el('p', {}, el('strong', {}, `${OUTCOME.paid[lang]}: `), ...Object.entries(p.paid).flatMap(([role, r], i) => [i > 0 ? ' · ' : '', roleChip(scenario, role, lang), ` ${resources(r, lang)}`]))
      : null,
    p.programme ? el('p', {}, el('strong', {}, `${OUTCOME.programmeMoney[lang]}: `), `${euro(p.programme.money, lang)} – ${programme?.name[lang] ?? p.programme.id}`) : null,
    p.effect !== undefined && p.effect > 1 ? el('p', {}, bonus(number(p.effect, lang, 2), lang)) : null,
  );
}

/** Dots on a proposal, in all and by role. */
function dotsLine(scenario: Scenario, state: GameState, p: Proposal, lang: Language): VNode {
  const byRole = Object.entries(state.dots).filter(([, d]) => (d[p.id] ?? 0) > 0);
  return el(
    'p',
    { class: 'dots' },
    el('strong', {}, `${CARD_MORE.dots[lang]}: ${number(dotsFor(state, p.id), lang)}`),
    ...byRole.flatMap(([role, d], i) => [i === 0 ? ' (' : ' · ', roleChip(scenario, role, lang), ` ${'●'.repeat(d[p.id]!)}`, i === byRole.length - 1 ? ')' : '']),
  );
}

/** What a card shows besides its proposal; every field is a prop, so a card renders again only when one of them changes. */
export interface CardProps {
  app: App;
  p: Proposal;
  programme: Plan['programme'];
  answers: readonly Answer[];
  acting?: Role;
  /** The vote as it stands, in the decision phase. */
  ballot?: { failed?: Rejection; place?: number };
  lang: Language;
  phase: GameState['phase'];
  dots: GameState['dots'];
  /** What the table as a whole says on every card: programme money left, concept coverage, the other open cards. */
  table: string;
  /** Whether the details are shown: drafts.open[`card-${p.id}`], kept while the phase lasts. */
  open: boolean;
  /** The acting role's drafts on this card, and what its pledge form suggests without one. */
  pledgeDraft?: PledgeDraft;
  amendDraft?: AmendDraft;
  suggestion?: PledgeDraft;
  /** A standing refusal caused by one of this card's controls. */
  failed?: { key: string; rejection: Rejection };
}

/** Fields compared by value: they are worked out afresh for each render of the table. */
const BY_VALUE = new Set(['programme', 'answers', 'ballot', 'suggestion']);

function sameCard(a: CardProps, b: CardProps): boolean {
  const keys = Object.keys(a) as (keyof CardProps)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => (BY_VALUE.has(k) ? JSON.stringify(a[k]) === JSON.stringify(b[k]) : Object.is(a[k], b[k])));
}

/** The open card: the forecast in full, money, pledges and backing, the acting role's controls, the answers and the pin-board. */
function details(ctx: CardProps, plan: Plan): VNode {
  const { app, p, lang } = ctx;
  const { scenario, live } = app.store.getState();
  const s = scenario!;
  const state: GameState = live!.state;
  const m = s.measures.find((x) => x.id === p.measure)!;
  return el(
    'div',
    { class: 'proposal-body', id: `body-${p.id}` },
    ctx.ballot ? preview(app, ctx.ballot.failed, ctx.ballot.place) : null,
    p.verdict === 'open' ? fundingMeter(s, p, plan, lang) : null,
    pledgeList(s, p, lang),
    el('p', { class: 'backing' }, el('strong', {}, `${CARD.supporters[lang]}: `), ...chipsOr(s, p.support, lang), el('strong', {}, ` · ${CARD.opponents[lang]}: `), ...chipsOr(s, p.oppose, lang)),
    state.rule === 'dots' && (state.phase === 'decision' || p.verdict !== 'open') ? dotsLine(s, state, p, lang) : null,
    ctx.acting ? proposalActions(app, p, ctx.acting, ctx.programme) : null,
    answerList(s, ctx.answers, lang),
    el('p', { class: 'card-description' }, m.description[lang]),
    pinBoard(s, state, m, p, ctx.programme, lang, true),
  );
}

/** A card closed shows its title, place, cost, lead and status (in the decision, the forecast and the vote); Details opens the rest. */
export const ProposalCard = memo('ProposalCard', (ctx: CardProps): VNode => {
  const { app, p, lang, open } = ctx;
  const { scenario, live } = app.store.getState();
  const s = scenario!;
  const state: GameState = live!.state;
  const m = s.measures.find((x) => x.id === p.measure)!;
  const plan = planOf(s, termsOf(s, p), ctx.programme);
  const lead = s.roles.find((r) => r.id === m.lead);
  const key = `card-${p.id}`;
  const toggle = button([CARD_TOGGLE.details[lang], el('span', { class: 'chevron', 'aria-hidden': 'true' }, open ? '▴' : '▾')], key, () => setOpen(app.drafts, key, !open), {
    'aria-expanded': String(open),
    'aria-controls': `body-${p.id}`,
    'aria-describedby': `proposal-${p.id}`,
    class: 'toggle',
  });
  const status = ctx.ballot ? forecastLine(s, state, p, ctx.ballot.failed, lang) : statusLine(s, state, p, plan, lang);
  return el(
    'article',
    { class: open ? `proposal ${p.verdict} opened` : `proposal ${p.verdict}`, 'aria-labelledby': `proposal-${p.id}`, ...(lead && { style: `border-left-color: ${lead.colour}` }) },
    el(
      'div',
      { class: 'proposal-head' },
      el('h3', { id: `proposal-${p.id}` }, el('span', { class: 'proposal-id' }, `${p.id} · `), m.name[lang]),
      placeLine(s, p, m, lang),
      // In the decision the vote the rule counts needs no open card.
      el('div', { class: 'summary-row' }, status, el('div', { class: 'summary-buttons' }, ctx.ballot && ctx.acting ? quickVotes(app, p, ctx.acting) : null, toggle)),
    ),
    p.verdict !== 'open' ? verdict(s, p, lang) : null,
    open ? details(ctx, plan) : null,
  );
}, sameCard);
