/** The course of the game: the headline indicators per year for the neighbourhood or one district, beside the comparisons. */
import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import type { Language, Scenario } from '../../scenario/schema';
import { choiceGroup, showView } from './choice';
import { CHARTED } from './format';
import { LineChart } from './lineChart';
import { sample } from './playStyle';
import { seriesOf, type Play } from './series';
import { INDICATOR_TEXTS, PLAY_NAMES, SECTION_NAMES, say } from './debrief.texts';

function districtChoice(app: App, scenario: Scenario, chosen: string | null, lang: Language) {
  const choices: { id: string | null; name: string }[] = [
    { id: null, name: say('wholeArea', lang) },
    ...scenario.districts.map((d) => ({ id: d.id, name: d.name[lang] })),
  ];
  return choiceGroup(
    say('area', lang),
    choices.map((c) => ({ name: c.name, key: `debrief-district-${c.id ?? 'all'}`, pressed: c.id === chosen, choose: () => showView(app, { district: c.id }) })),
  );
}

function legend(plays: readonly Play[], scenario: Scenario, lang: Language) {
  const history = scenario.references.find((r) => r.id === 'history');
  return el(
    'div',
    { class: 'debrief-legend' },
    el('h4', {}, say('legend', lang)),
    el('ul', {}, ...plays.map((p) => el('li', {}, sample(p.id), PLAY_NAMES[p.id][lang]))),
    history?.description ? el('p', { class: 'debrief-note' }, history.description[lang]) : el('p', { class: 'debrief-note' }, say('noHistory', lang)),
  );
}

export interface CourseProps {
  app: App;
  scenario: Scenario;
  plays: readonly Play[];
  lang: Language;
  /** The district the view asks for; one the scenario lacks is shown as the whole neighbourhood. */
  district: string | null;
  /** Built but hidden on screen, so the printout holds it. */
  off: boolean;
}

export const Course = memo('DebriefCourse', ({ app, scenario, plays, lang, district: wanted, off }: CourseProps) => {
  // A district id from another scenario falls back to the whole neighbourhood.
  const district = scenario.districts.some((d) => d.id === wanted) ? wanted : null;
  const lines = useMemo(() => CHARTED.map(({ id, kind }) => ({ id, kind, series: seriesOf(plays, id, district) })), [plays, district]);
  const area = district === null ? say('wholeArea', lang) : scenario.districts.find((d) => d.id === district)!.name[lang];
  return el(
    'section',
    { class: `debrief-section debrief-course${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-course-heading' },
    el('h3', { id: 'debrief-course-heading', class: 'debrief-section-heading' }, `${SECTION_NAMES.course[lang]}: ${area}`),
    districtChoice(app, scenario, district, lang),
    el(
      'div',
      { class: 'debrief-charts' },
      ...lines.map(({ id, kind, series }) => {
        const texts = INDICATOR_TEXTS[id]!;
        return h(LineChart, { key: id, title: texts.name[lang], unit: texts.unit[lang], kind, series, lang });
      }),
      legend(plays, scenario, lang),
    ),
  );
});
