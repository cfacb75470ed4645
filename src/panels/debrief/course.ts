/** The course of the game: the headline indicators per year for the neighbourhood or one district, beside the comparisons. */
import { button, el } from '../../app/dom';
import type { App } from '../../app/store';
import type { Language, Scenario } from '../../scenario/schema';
import { CHARTED } from './format';
import { lineChart } from './lineChart';
import { sample } from './playStyle';
import { seriesOf, type Play } from './series';
import { INDICATOR_TEXTS, PLAY_NAMES, SECTION_NAMES, playNames, say } from './debrief.texts';

function districtChoice(app: App, scenario: Scenario, chosen: string | null, lang: Language): HTMLElement {
  const choices: { id: string | null; name: string }[] = [
    { id: null, name: say('wholeArea', lang) },
    ...scenario.districts.map((d) => ({ id: d.id, name: d.name[lang] })),
  ];
  const { debrief } = app.store.getState();
  return el(
    'div',
    { class: 'debrief-choice', role: 'group', 'aria-label': say('area', lang) },
    el('span', { class: 'debrief-choice-label', 'aria-hidden': 'true' }, `${say('area', lang)}:`),
    ...choices.map((c) =>
      button(c.name, `debrief-district-${c.id ?? 'all'}`, () => app.set({ debrief: { ...debrief, district: c.id } }), {
        'aria-pressed': String(c.id === chosen),
      }),
    ),
  );
}

function legend(plays: readonly Play[], scenario: Scenario, lang: Language): HTMLElement {
  const history = scenario.references.find((r) => r.id === 'history');
  return el(
    'div',
    { class: 'debrief-legend' },
    el('h4', {}, say('legend', lang)),
    el('ul', {}, ...plays.map((p) => el('li', {}, sample(p.id), PLAY_NAMES[p.id][lang]))),
    history?.description ? el('p', { class: 'debrief-note' }, history.description[lang]) : el('p', { class: 'debrief-note' }, say('noHistory', lang)),
  );
}

export function renderCourse(app: App, scenario: Scenario, plays: readonly Play[]): HTMLElement {
  const { lang, debrief } = app.store.getState();
  // A district id from another scenario falls back to the whole neighbourhood.
  const district = scenario.districts.some((d) => d.id === debrief.district) ? debrief.district : null;
  const names = playNames(lang);
  const charts = CHARTED.map(({ id, kind }) => {
    const texts = INDICATOR_TEXTS[id]!;
    return lineChart({ title: texts.name[lang], unit: texts.unit[lang], kind, series: seriesOf(plays, id, district), names, lang });
  });
  const area = district === null ? say('wholeArea', lang) : scenario.districts.find((d) => d.id === district)!.name[lang];
  return el(
    'section',
    { class: 'debrief-section debrief-course', 'aria-labelledby': 'debrief-course-heading' },
    el('h3', { id: 'debrief-course-heading', class: 'debrief-section-heading' }, `${SECTION_NAMES.course[lang]}: ${area}`),
    districtChoice(app, scenario, district, lang),
    el('div', { class: 'debrief-charts' }, ...charts, legend(plays, scenario, lang)),
  );
}
