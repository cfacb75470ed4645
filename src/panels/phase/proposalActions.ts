/** What the acting role can do with a proposal in this phase: pledge (maybe as a package deal), withdraw, support, oppose, amend, place a dot. */
import type { VNode } from 'preact';
import { putDraft, type AmendDraft, type PledgeDraft } from '../../app/drafts';
import { el, type Child } from '../../app/view/h';
import type { App } from '../../app/store';
import { planOf, termsOf, type Plan } from '../../bots/financing';
import { phaseAccepts } from '../../rules/phaseMachine';
import type { ActionType, GameState, Proposal, Resources } from '../../rules/types';
import type { Language, Role, Scenario } from '../../scenario/schema';
import type { Participation } from '../../sim/state';
import { placedName } from './cardWords';
import { COMMON, PARTICIPATION_NAMES } from './common.texts';
import { actionButton, disclosure, labelled, numberInput, roleChip, select } from './controls';
import { financingFromPercents, percentsFromShares } from './financing';
import { sharesEditor } from './sharesEditor';
import { PARTICIPATION_LEVELS, payingRoles } from './tableForm';
import { onlyIf, sizeHint, TABLE } from './table.texts';

const KEYS = ['money', 'staffTime', 'volunteerHours'] as const;

/** Where a role's pledge and amendment drafts on a proposal are kept. */
export const pledgeKey = (role: string, proposal: string) => `${role}:${proposal}`;

/** What the role is asked for, less what it already pledged, within what it has left. */
export function suggestedPledge(scenario: Scenario, state: GameState, p: Proposal, role: string, programme: Plan['programme']): PledgeDraft {
  const ask = planOf(scenario, termsOf(scenario, p), programme).asks[role];
  const left = state.budgets[role]!;
  const given = (k: keyof Resources) => p.pledges.filter((x) => x.role === role).reduce((a, x) => a + x[k], 0);
  const amount = (k: keyof Resources) => Math.max(0, Math.min(left[k], Math.round((ask?.[k] ?? 0) - given(k))));
  return { money: amount('money'), staffTime: amount('staffTime'), volunteerHours: amount('volunteerHours'), condition: '' };
}

function pledgeForm(app: App, p: Proposal, role: Role, programme: Plan['programme']): VNode {
  const { scenario, live, lang } = app.store.getState();
  const s = scenario!;
  const state = live!.state;
  const key = pledgeKey(role.id, p.id);
  const draft = app.drafts.getState().pledges[key] ?? suggestedPledge(s, state, p, role.id, programme);
  const change = (part: Partial<PledgeDraft>) => putDraft(app.drafts, 'pledges', key, { ...draft, ...part });
  const fields = KEYS.filter((k) => role.resources[k] > 0).map((k) =>
    labelled(COMMON[k][lang], numberInput(`pledge-${p.id}-${k}`, draft[k], (n) => change({ [k]: n }), { min: '0', step: k === 'money' ? '10000' : '10' })),
  );
  const others = state.proposals.filter((x) => x.id !== p.id && x.verdict === 'open');
  const condition = select(
    `pledge-${p.id}-condition`,
    [{ value: '', label: TABLE.noCondition[lang] }, ...others.map((x) => ({ value: x.id, label: `${x.id}: ${onlyIf(placedName(s, x, lang), lang)}` }))],
    draft.condition,
    (v) => change({ condition: v }),
  );
  const pledge = () => ({ type: 'pledge' as const, role: role.id, proposal: p.id, money: draft.money, staffTime: draft.staffTime, volunteerHours: draft.volunteerHours, ...(draft.condition && { condition: draft.condition }) });
  return el(
    'div',
    { class: 'pledge-form' },
    el('div', { class: 'form-row' }, ...fields),
    others.length > 0 ? labelled(TABLE.condition[lang], condition) : null,
    el('div', { class: 'form-actions' }, ...actionButton(app, TABLE.pledgeButton[lang], `pledge-${p.id}`, pledge, { class: 'primary' }, () => putDraft(app.drafts, 'pledges', key, undefined))),
  );
}

function amendForm(app: App, p: Proposal, role: Role): VNode {
  const { scenario, lang } = app.store.getState();
  const s = scenario!;
  const m = s.measures.find((x) => x.id === p.measure)!;
  const key = pledgeKey(role.id, p.id);
  const roles = payingRoles(m, p.tabledBy);
  const draft: AmendDraft = app.drafts.getState().amends[key] ?? { scale: p.scale, participation: p.participation, percents: percentsFromShares(p.financing, roles) };
  const change = (part: Partial<AmendDraft>) => putDraft(app.drafts, 'amends', key, { ...draft, ...part });
  const scale = numberInput(`amend-${p.id}-scale`, draft.scale, (n) => change({ scale: n }), { min: String(m.scale.min), max: String(m.scale.max), step: '1' });
  const participation = select(`amend-${p.id}-participation`, PARTICIPATION_LEVELS.map((x) => ({ value: x, label: PARTICIPATION_NAMES[x][lang] })), draft.participation, (v) => change({ participation: v as Participation }));
  const amend = () => ({ type: 'amend' as const, role: role.id, proposal: p.id, scale: draft.scale, participation: draft.participation, financing: financingFromPercents(draft.percents).shares });
  return disclosure(
    app,
    `amend-${p.id}`,
    TABLE.amend[lang],
    el('div', { class: 'form-row' }, labelled(TABLE.scale[lang], scale, sizeHint(m.scale.min, m.scale.max, m.scale.unit[lang], lang)), labelled(TABLE.participation[lang], participation)),
    sharesEditor(s, `amend-${p.id}`, roles, draft.percents, lang, (r, n) => change({ percents: { ...draft.percents, [r]: n } })),
    el('div', { class: 'form-actions' }, ...actionButton(app, TABLE.amendButton[lang], `amend-${p.id}-submit`, amend, {}, () => putDraft(app.drafts, 'amends', key, undefined))),
  );
}

type Vote = 'dots' | 'support' | 'oppose' | 'withdraw';

function voteButton(app: App, p: Proposal, role: Role, vote: Vote, lang: Language): VNode[] {
  switch (vote) {
    case 'dots':
      return actionButton(app, TABLE.dot[lang], `dot-${p.id}`, () => ({ type: 'dots', role: role.id, proposal: p.id, count: 1 }), { class: 'primary' });
    case 'support':
      return actionButton(app, TABLE.support[lang], `support-${p.id}`, () => ({ type: 'support', role: role.id, proposal: p.id }), { 'aria-pressed': String(p.support.includes(role.id)) });
    case 'oppose':
      return actionButton(app, TABLE.oppose[lang], `oppose-${p.id}`, () => ({ type: 'oppose', role: role.id, proposal: p.id }), { 'aria-pressed': String(p.oppose.includes(role.id)) });
    case 'withdraw':
      return actionButton(app, TABLE.withdraw[lang], `withdraw-${p.id}`, () => ({ type: 'withdraw', role: role.id, proposal: p.id }));
  }
}

/**
 * The votes the role can cast on the card now, as the phase machine accepts them: in the decision, the vote the rule
 * counts (a dot, or support and oppose) stays on the closed card (`quick`); the rest waits in the open card (`more`).
 */
function votesNow(app: App, p: Proposal, role: Role): { quick: Vote[]; more: Vote[] } {
  const { phase, rule } = app.store.getState().live!.state;
  const hasPledge = p.pledges.some((x) => x.role === role.id);
  const can = (['dots', 'support', 'oppose', 'withdraw'] as const).filter(
    (v) => phaseAccepts(phase, v) && (v !== 'dots' || rule === 'dots') && (v !== 'withdraw' || hasPledge),
  );
  const quick = phase === 'decision' ? can.filter((v) => (rule === 'dots') === (v === 'dots')) : [];
  return { quick, more: can.filter((v) => !quick.includes(v)) };
}

/** The group of one role's controls on a card, named for the role acting. */
function actingGroup(role: Role, lang: Language, attrs: { class: string }, ...content: Child[]): VNode {
  return el('div', { ...attrs, role: 'group', 'aria-label': `${TABLE.actingNow[lang]}: ${role.name[lang]}` }, ...content);
}

/** The vote that decides under the rule, on the card open or closed during the decision; null elsewhere. */
export function quickVotes(app: App, p: Proposal, role: Role): VNode | null {
  const { lang } = app.store.getState();
  const { quick } = votesNow(app, p, role);
  if (p.verdict !== 'open' || quick.length === 0) return null;
  return actingGroup(role, lang, { class: 'form-actions quick-votes' }, ...quick.flatMap((v) => voteButton(app, p, role, v, lang)));
}

/** The controls for one proposal in the open card, for the phase the game is in. */
export function proposalActions(app: App, p: Proposal, role: Role, programme: Plan['programme']): VNode | null {
  const { live, lang } = app.store.getState();
  const { phase } = live!.state;
  if (p.verdict !== 'open') return null;
  const { more } = votesNow(app, p, role);
  // The panel offers what the phase machine accepts, nothing it would refuse as out of phase.
  const can = (type: ActionType) => phaseAccepts(phase, type);
  return actingGroup(
    role,
    lang,
    { class: 'proposal-actions' },
    // In the decision who votes is said once, in the bar at the top.
    phase === 'decision' ? null : el('p', { class: 'acting-as' }, `${TABLE.actingNow[lang]}: `, roleChip(app.store.getState().scenario!, role.id, lang)),
    can('pledge') ? pledgeForm(app, p, role, programme) : null,
    more.length > 0 ? el('div', { class: 'form-actions' }, ...more.flatMap((v) => voteButton(app, p, role, v, lang))) : null,
    can('amend') && p.tabledBy === role.id ? amendForm(app, p, role) : null,
  );
}
