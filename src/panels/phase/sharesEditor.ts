/** Percent inputs for the financing split, one per role, with a running total that says when it is not 100. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import type { Language, Scenario } from '../../scenario/schema';
import { numberInput, roleChip } from './controls';
import { financingFromPercents } from './financing';
import { TABLE, totalOk, totalWrong } from './table.texts';

/** The shares' total as the form says it: right, or what is wrong with it. */
export function totalText(percents: Record<string, number>, lang: Language): string {
  const check = financingFromPercents(percents);
  if (check.ok) return totalOk(lang);
  return check.problem === 'invalid' ? TABLE.invalidShare[lang] : totalWrong(check.total / 100, lang);
}

/** The split as typed, one input per role; `onShare` reports each typed percent. The total line follows the draft. */
export function sharesEditor(scenario: Scenario, keyPrefix: string, roles: readonly string[], percents: Record<string, number>, lang: Language, onShare: (role: string, percent: number) => void): VNode {
  const inputs = roles.map((role) => {
    const id = `phase-${keyPrefix}-share-${role}`;
    return el(
      'div',
      { class: 'share-field', key: role },
      el('label', { for: id }, roleChip(scenario, role, lang)),
      numberInput(`${keyPrefix}-share-${role}`, percents[role] ?? 0, (n) => onShare(role, n), { min: '0', max: '100', step: '5', class: 'share', id }),
      el('span', { 'aria-hidden': 'true' }, '%'),
    );
  });
  const ok = financingFromPercents(percents).ok;
  return el('fieldset', { class: 'shares' }, el('legend', {}, TABLE.financing[lang]), ...inputs, el('p', { class: ok ? 'share-total' : 'share-total wrong', 'aria-live': 'polite' }, totalText(percents, lang)));
}
