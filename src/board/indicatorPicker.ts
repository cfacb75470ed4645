/** The DOM control over the board that chooses which indicator colours the districts. */
import { el } from '../app/dom';
import type { App, AppState } from '../app/store';
import type { IndicatorId, Language } from '../scenario/schema';
import { INDICATOR_NAMES, boardText } from './board.texts';
import './board.css';

/** Shares and indices first (what the colours are for), counts last. */
const ORDER: readonly IndicatorId[] = [
  'vacancy',
  'renovatedShare',
  'condition',
  'vandalism',
  'image',
  'cohesion',
  'trust',
  'unemployment',
  'services',
  'seniorShare',
  'lowIncomeShare',
  'population',
  'households',
  'flats',
];

export interface IndicatorPicker {
  element: HTMLElement;
  update(s: AppState): void;
}

export function indicatorPicker(app: App): IndicatorPicker {
  const select = el('select', { id: 'board-indicator', 'data-key': 'board-indicator' });
  const label = el('label', { for: 'board-indicator' });
  const element = el('div', { class: 'board-picker' }, label, select);
  for (const id of ORDER) select.append(el('option', { value: id }));
  select.addEventListener('change', () => app.set({ indicator: select.value as IndicatorId }));
  let lang: Language | undefined;
  return {
    element,
    update(s) {
      if (s.lang !== lang) {
        lang = s.lang;
        label.textContent = boardText('colourShows', s.lang);
        for (const option of select.options) option.textContent = INDICATOR_NAMES[option.value as IndicatorId][s.lang];
      }
      if (select.value !== s.indicator) select.value = s.indicator;
    },
  };
}
