/** The debrief's choices (area, year): a labelled group of pressed-or-not buttons that change the debrief view in the store. */
import type { VNode } from 'preact';
import type { App, DebriefView } from '../../app/store';
import { button, el } from '../../app/view/h';

/** Changes part of the debrief view; read from the store at the click, so a handler never carries an old view. */
export function showView(app: App, change: Partial<DebriefView>): void {
  app.set({ debrief: { ...app.store.getState().debrief, ...change } });
}

export interface Choice {
  name: string;
  key: string;
  pressed: boolean;
  choose: () => void;
}

export function choiceGroup(label: string, choices: readonly Choice[]): VNode {
  return el(
    'div',
    { class: 'debrief-choice', role: 'group', 'aria-label': label },
    el('span', { class: 'debrief-choice-label', 'aria-hidden': 'true' }, `${label}:`),
    ...choices.map((c) => button(c.name, c.key, c.choose, { 'aria-pressed': String(c.pressed) })),
  );
}
