/** A proposal card closed: where it is, what it costs and who leads it; whether the money (in the decision: the vote) stands and the vote itself. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import { shortfall, type Plan } from '../../bots/financing';
import { dotsFor } from '../../rules/decisionRules';
import { needs } from '../../rules/funding';
import { rejectionMessage } from '../../rules/rejectionMessages';
import type { GameState, Proposal, Rejection, Resources } from '../../rules/types';
import { euroShort, NBSP, number } from '../../scenario/numberFormat';
import type { Language, Measure, Scenario } from '../../scenario/schema';
import { backingCount, CARD_MORE, CARD_TOGGLE, coveredShort, HOURS_SHORT, missingShort, placeAndCost } from './card.texts';
import { COMMON } from './common.texts';
import { roleChip } from './controls';

/** Money missing once pledges and the expected programme money are counted; null when nothing is missing. */
export function missingOf(scenario: Scenario, p: Proposal, plan: Plan): Resources | null {
  const missing = shortfall(scenario, p, plan);
  return missing.money + missing.staffTime + missing.volunteerHours > 0.5 ? missing : null;
}

/** The dots a card has, as the status line counts them: "Dots 5". */
function dotsShort(state: GameState, p: Proposal, lang: Language): string {
  return `${CARD_MORE.dots[lang]} ${number(dotsFor(state, p.id), lang)}`;
}

/** Resources in the short form a closed card has room for: "1,5 Mio. € · 240 Arbeitsstd.". */
function resourcesShort(r: Resources, lang: Language): string {
  const parts: string[] = [];
  if (Math.round(r.money) !== 0) parts.push(euroShort(r.money, lang));
  if (Math.round(r.staffTime) !== 0) parts.push(`${number(Math.round(r.staffTime), lang)}${NBSP}${HOURS_SHORT.staff[lang]}`);
  if (Math.round(r.volunteerHours) !== 0) parts.push(`${number(Math.round(r.volunteerHours), lang)}${NBSP}${HOURS_SHORT.volunteer[lang]}`);
  return parts.join(' · ');
}

/** The line under the title: district and cost, then the lead (its colour also edges the card). */
export function placeLine(scenario: Scenario, p: Proposal, m: Measure, lang: Language): VNode {
  const district = p.district && scenario.districts.find((d) => d.id === p.district)?.name[lang];
  return el(
    'p',
    { class: 'place' },
    // The lead's swatch parts it from the cost, where a dot would cost the width a long role name needs.
    `${placeAndCost(district || COMMON.wholeNeighbourhood[lang], euroShort(needs(scenario, m, p).money, lang))} `,
    el('span', { class: 'visually-hidden' }, `${CARD_TOGGLE.leads[lang]}: `),
    roleChip(scenario, m.lead, lang),
  );
}

/** Whether the money is there while the table negotiates; once decided, the backing and dots it had. */
export function statusLine(scenario: Scenario, state: GameState, p: Proposal, plan: Plan, lang: Language): VNode {
  if (p.verdict !== 'open') {
    return el('p', { class: 'status' }, backingCount(p.support.length, p.oppose.length, lang), state.rule === 'dots' ? ` · ${dotsShort(state, p, lang)}` : '');
  }
  const missing = missingOf(scenario, p, plan);
  return el('p', { class: 'status' }, el('span', { class: missing ? 'short' : 'enough' }, missing ? missingShort(resourcesShort(missing, lang), lang) : coveredShort(lang)));
}

/** In the decision: whether the card would pass if counted now, what the rule counts, and why it would fail. */
export function forecastLine(scenario: Scenario, state: GameState, p: Proposal, failed: Rejection | undefined, lang: Language): VNode {
  const counts = state.rule === 'dots' ? dotsShort(state, p, lang) : backingCount(p.support.length, p.oppose.length, lang);
  return el(
    'p',
    { class: 'status', 'aria-live': 'polite' },
    el('span', { class: failed ? 'short' : 'enough' }, failed ? `✗ ${CARD_TOGGLE.fails[lang]}` : `✓ ${CARD_TOGGLE.passes[lang]}`),
    ` · ${counts}`,
    // Without dots the count says why; any other reason is said here, as in the standing above.
    failed && failed.code !== 'noDots' ? el('span', { class: 'reason' }, ` – ${rejectionMessage(failed, lang, scenario)}`) : '',
  );
}
