/** The debrief: how the neighbourhood developed compared with no measures and with history, the scores, the key decisions and every decision. */
import { h } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { component } from '../app/view/component';
import { button, el } from '../app/view/h';
import { useSlice } from '../app/view/useSlice';
import type { App, DebriefView } from '../app/store';
import { RULE_NAMES } from '../rules/rejectionMessages';
import { BranchButton } from './branchForm';
import { modelCardOpenButton } from './modelCard/modelCard';
import { showView } from './debrief/choice';
import { Course } from './debrief/course';
import { Decisions } from './debrief/decisions';
import { Discussion } from './debrief/discussion';
import { downloadCsv, downloadSession } from './debrief/exports';
import { Scores } from './debrief/scores';
import { PrintTitle } from './debrief/printTitle';
import { playsOf } from './debrief/series';
import { Why } from './debrief/why';
import { SECTION_NAMES, say } from './debrief/debrief.texts';
import './debrief/debrief.css';

const SECTIONS: readonly DebriefView['section'][] = ['course', 'why', 'scores', 'decisions', 'discussion'];

/** Where the reader was in a view: a year of the log (long and laid out lazily) and the distance into it, or a plain offset. */
interface Place {
  anchor?: string;
  offset: number;
}

function placeOf(root: HTMLElement): Place {
  const anchor = [...root.querySelectorAll<HTMLElement>('[data-anchor]')].find((a) => a.offsetTop + a.offsetHeight > root.scrollTop);
  return anchor ? { anchor: anchor.dataset.anchor!, offset: root.scrollTop - anchor.offsetTop } : { offset: root.scrollTop };
}

/** Scrolls to where the reader left a view; one not read yet starts at its top: the open full log's, or the debrief's. */
function goTo(root: HTMLElement, place: Place | undefined): void {
  if (!place) {
    root.scrollTop = root.querySelector<HTMLElement>('[data-view-top]')?.offsetTop ?? 0;
    return;
  }
  const anchor = place.anchor ? root.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(place.anchor)}"]`) : null;
  root.scrollTop = (anchor?.offsetTop ?? 0) + place.offset;
}

export const DebriefScreen = component('DebriefScreen', ({ app }: { app: App }) => {
  const { lang, scenario, live, section, district, year, step } = useSlice(app.store, (s) => ({
    lang: s.lang,
    scenario: s.scenario,
    live: s.live,
    section: s.debrief.section,
    district: s.debrief.district,
    year: s.debrief.year,
    step: s.debrief.step,
  }));
  // The comparison runs are cached in series.ts too, so coming back to the debrief does not run them again.
  const plays = useMemo(() => (scenario && live ? playsOf(scenario, live) : undefined), [scenario, live]);
  const view = `${section}-${district}-${year}`;
  // Scroll places per view, for as long as the debrief is shown.
  const [places] = useState(() => new Map<string, Place>());
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (root.current) goTo(root.current, places.get(view));
  }, [view]);

  if (!scenario || !live || !plays) return el('div');
  return el(
    'div',
    { class: 'debrief', ref: root, onScroll: () => root.current && places.set(view, placeOf(root.current)) },
    el(
      'header',
      { class: 'debrief-header' },
      el(
        'h2',
        {},
        `${say('title', lang)}: ${scenario.meta.title[lang]}`,
        el('span', { class: 'debrief-subtitle' }, ` · ${say('seed', lang)} ${live.session.seed} · ${say('rule', lang)}: ${RULE_NAMES[live.state.rule][lang]}`),
      ),
      el(
        'nav',
        { class: 'debrief-choice debrief-sections', 'aria-label': say('sections', lang) },
        ...SECTIONS.map((s) => button(SECTION_NAMES[s][lang], `debrief-section-${s}`, () => showView(app, { section: s }), { 'aria-pressed': String(s === section) })),
      ),
      el('div', { class: 'debrief-choice' }, modelCardOpenButton(app, lang, 'debrief-model-card')),
      h(BranchButton, { app, lang }),
      el(
        'div',
        { class: 'debrief-choice debrief-exports', role: 'group', 'aria-label': say('exports', lang) },
        button(say('csv', lang), 'debrief-csv', () => downloadCsv(app, plays[0]!)),
        button(say('json', lang), 'debrief-json', () => downloadSession(app)),
        button(say('print', lang), 'debrief-print', () => window.print()),
      ),
    ),
    // All sections are built so the printout holds them all; the screen shows the chosen one.
    h(PrintTitle, { scenario, live, lang }),
    h(Course, { app, scenario, plays, lang, district, off: section !== 'course' }),
    h(Why, { app, scenario, live, lang, district, off: section !== 'why' }),
    h(Scores, { scenario, state: live.state, seed: live.session.seed, plays, lang, off: section !== 'scores' }),
    h(Decisions, { app, scenario, live, lang, year, off: section !== 'decisions' }),
    h(Discussion, { app, scenario, lang, step, off: section !== 'discussion' }),
  );
});
