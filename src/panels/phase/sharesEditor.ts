/** Percent inputs for the financing split, one per role, with a running total that says when it is not 100. */
import { el } from '../../app/dom';
import type { Language, Scenario } from '../../scenario/schema';
import { numberInput, roleChip } from './controls';
import { financingFromPercents } from './financing';
import { TABLE, totalOk, totalWrong } from './table.texts';

function totalText(percents: Record<string, number>, lang: Language): string {
  const check = financingFromPercents(percents);
  if (check.ok) return totalOk(lang);
  return check.problem === 'invalid' ? TABLE.invalidShare[lang] : totalWrong(check.total / 100, lang);
}

/** Edits `percents` in place; the total line updates as people type, without rebuilding the panel. */
export function sharesEditor(scenario: Scenario, keyPrefix: string, roles: readonly string[], percents: Record<string, number>, lang: Language, onChange: () => void = () => {}): HTMLElement {
  const total = el('p', { class: 'share-total', 'aria-live': 'polite' }, totalText(percents, lang));
  const update = () => {
    total.textContent = totalText(percents, lang);
    total.classList.toggle('wrong', !financingFromPercents(percents).ok);
  };
  const inputs = roles.map((role) => {
    const input = numberInput(`${keyPrefix}-share-${role}`, percents[role] ?? 0, (n) => {
      percents[role] = n;
      update();
      onChange();
    }, { min: '0', max: '100', step: '5', class: 'share' });
    input.id = `phase-${keyPrefix}-share-${role}`;
    return el('div', { class: 'share-field' }, el('label', { for: input.id }, roleChip(scenario, role, lang)), input, el('span', { 'aria-hidden': 'true' }, '%'));
  });
  const box = el('fieldset', { class: 'shares' }, el('legend', {}, TABLE.financing[lang]), ...inputs, total);
  total.classList.toggle('wrong', !financingFromPercents(percents).ok);
  return box;
}
