/** The debrief: how the neighbourhood developed compared with no measures and with history, the scores, and every decision. */
import { button, el } from '../app/dom';
import type { App, DebriefView } from '../app/store';
import { RULE_NAMES } from '../rules/rejectionMessages';
import { modelCardButton } from './modelCard/modelCard';
import { renderCourse } from './debrief/course';
import { renderDecisions } from './debrief/decisions';
import { downloadCsv, downloadSession } from './debrief/exports';
import { renderScores } from './debrief/scores';
import { playsOf } from './debrief/series';
import { SECTION_NAMES, say } from './debrief/debrief.texts';
import './debrief/debrief.css';

const SECTIONS: readonly DebriefView['section'][] = ['course', 'scores', 'decisions'];

/** Where the reader was in each view: a year of the log (long and laid out lazily) and the distance into it, or a plain offset. */
const places = new Map<string, { anchor?: string; offset: number }>();

function keepPlace(root: HTMLElement, view: string): void {
  root.addEventListener(
    'scroll',
    () => {
      const anchor = [...root.querySelectorAll<HTMLElement>('[data-anchor]')].find((a) => a.offsetTop + a.offsetHeight > root.scrollTop);
      places.set(view, anchor ? { anchor: anchor.dataset.anchor!, offset: root.scrollTop - anchor.offsetTop } : { offset: root.scrollTop });
    },
    { passive: true },
  );
  // The shell attaches the panel right after rendering; the place is restored once it is in the document.
  queueMicrotask(() => {
    const place = places.get(view);
    if (!place) return;
    const anchor = place.anchor ? root.querySelector<HTMLElement>(`[data-anchor="${place.anchor}"]`) : null;
    root.scrollTop = (anchor?.offsetTop ?? 0) + place.offset;
  });
}

export function renderDebrief(app: App): HTMLElement {
  const { lang, scenario, live, debrief } = app.store.getState();
  if (!scenario || !live) return el('div');
  const plays = playsOf(scenario, live);
  const sectionButtons = SECTIONS.map((s) =>
    button(SECTION_NAMES[s][lang], `debrief-section-${s}`, () => app.set({ debrief: { ...debrief, section: s } }), { 'aria-pressed': String(s === debrief.section) }),
  );
  const sections = { course: renderCourse(app, scenario, plays), scores: renderScores(app, scenario), decisions: renderDecisions(app, scenario) };
  // All three are built so the printout holds them all; the screen shows the chosen one.
  for (const s of SECTIONS) if (s !== debrief.section) sections[s].classList.add('debrief-off-screen');
  const root = el(
    'div',
    { class: 'debrief' },
    el(
      'header',
      { class: 'debrief-header' },
      el(
        'h2',
        {},
        `${say('title', lang)}: ${scenario.meta.title[lang]}`,
        el('span', { class: 'debrief-subtitle' }, ` · ${say('seed', lang)} ${live.session.seed} · ${say('rule', lang)}: ${RULE_NAMES[live.state.rule][lang]}`),
      ),
      el('nav', { class: 'debrief-choice debrief-sections', 'aria-label': say('sections', lang) }, ...sectionButtons),
      el('div', { class: 'debrief-choice' }, modelCardButton(app, lang, 'debrief-model-card')),
      el(
        'div',
        { class: 'debrief-choice debrief-exports', role: 'group', 'aria-label': say('exports', lang) },
        button(say('csv', lang), 'debrief-csv', () => downloadCsv(app, plays[0]!)),
        button(say('json', lang), 'debrief-json', () => downloadSession(app)),
        button(say('print', lang), 'debrief-print', () => window.print()),
      ),
    ),
    ...SECTIONS.map((s) => sections[s]),
  );
  keepPlace(root, `${debrief.section}-${debrief.district}-${debrief.year}`);
  return root;
}
