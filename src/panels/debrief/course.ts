/** The course of the game: the headline indicators per year for the neighbourhood or one district, beside the comparisons. */
import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import { number } from '../../scenario/numberFormat';
import type { Language, Scenario } from '../../scenario/schema';
import { Annotations } from './annotations';
import { gameLineName } from './annotations.texts';
import { choiceGroup, showView } from './choice';
import { computerRoles, markedSpan } from './courseMarkers';
import { Family, useFamilyPlays } from './family';
import { CHARTED } from './format';
import { LineChart } from './lineChart';
import { sample } from './playStyle';
import { useReferences, type References } from './references';
import { REFERENCE_STANCES, seriesOf, type Play } from './series';
import { INDICATOR_TEXTS, PLAY_NAMES, REFERENCE_TEXTS, SECTION_NAMES, say } from './debrief.texts';

/** The whole neighbourhood or one district, for the charts and the causes alike. */
/** The area buttons; `keys` names them apart where another section shows them too (each data-key is found once on the page). */
export function districtChoice(app: App, scenario: Scenario, chosen: string | null, lang: Language, keys = 'debrief-district') {
  const choices: { id: string | null; name: string }[] = [
    { id: null, name: say('wholeArea', lang) },
    ...scenario.districts.map((d) => ({ id: d.id, name: d.name[lang] })),
  ];
  return choiceGroup(
    say('area', lang),
    choices.map((c) => ({ name: c.name, key: `${keys}-${c.id ?? 'all'}`, pressed: c.id === chosen, choose: () => showView(app, { district: c.id }) })),
  );
}

/** What the legend says of the reference games: their time once played; told to screen readers as it changes. */
function referenceNote(references: References, lang: Language) {
  const text =
    references.status === 'done' ? REFERENCE_TEXTS.played[lang](number(references.took! / 1000, lang, 1)) : references.status === 'failed' ? REFERENCE_TEXTS.failed[lang] : '';
  return el('p', { class: 'debrief-note debrief-references-note', role: 'status' }, text);
}

function legend(plays: readonly Play[], references: References, scenario: Scenario, lang: Language) {
  const history = scenario.references.find((r) => r.id === 'history');
  const waiting = references.status === 'playing' ? REFERENCE_STANCES.filter((id) => !plays.some((p) => p.id === id)) : [];
  return el(
    'div',
    { class: 'debrief-legend' },
    el('h4', {}, say('legend', lang)),
    el(
      'ul',
      {},
      ...plays.map((p) => el('li', {}, sample(p.id), p.name?.[lang] ?? PLAY_NAMES[p.id][lang])),
      ...waiting.map((id) => el('li', { class: 'debrief-waiting' }, sample(id), el('span', {}, PLAY_NAMES[id][lang], el('span', { class: 'debrief-unit' }, REFERENCE_TEXTS.playing[lang])))),
    ),
    history?.description ? el('p', { class: 'debrief-note' }, history.description[lang]) : el('p', { class: 'debrief-note' }, say('noHistory', lang)),
    referenceNote(references, lang),
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
  const game = useSlice(app.store, (s) => ({ seed: s.live?.session.seed ?? 0, rule: s.live?.state.rule ?? scenario.decision.rule, live: s.live, marker: s.debrief.marker ?? null }));
  const references = useReferences(scenario, game.seed, game.rule);
  // Other games of the family chosen to compare join the lines (family.ts).
  const withFamily = useFamilyPlays(app, plays);
  // The group's line says so when the computer held most roles.
  const named = useMemo(() => {
    const held = game.live && computerRoles(scenario, game.live);
    if (!held) return withFamily;
    const name = { de: gameLineName(held.computer, held.roles, 'de'), en: gameLineName(held.computer, held.roles, 'en') };
    return withFamily.map((p) => (p.id === 'game' && !p.name ? { ...p, name } : p));
  }, [scenario, game.live, withFamily]);
  const all = useMemo(() => [...named, ...references.plays], [named, references.plays]);
  const highlight = useMemo(() => (game.live ? markedSpan(scenario, game.live, game.marker) : undefined), [scenario, game.live, game.marker]);
  const lines = useMemo(() => CHARTED.map(({ id, kind }) => ({ id, kind, series: seriesOf(all, id, district) })), [all, district]);
  const area = district === null ? say('wholeArea', lang) : scenario.districts.find((d) => d.id === district)!.name[lang];
  return el(
    'section',
    { class: `debrief-section debrief-course${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-course-heading' },
    el('h3', { id: 'debrief-course-heading', class: 'debrief-section-heading' }, `${SECTION_NAMES.course[lang]}: ${area}`),
    districtChoice(app, scenario, district, lang),
    game.live && h(Annotations, { app, scenario, live: game.live, lang, selected: game.marker }),
    el(
      'div',
      { class: 'debrief-charts' },
      ...lines.map(({ id, kind, series }) => {
        const texts = INDICATOR_TEXTS[id]!;
        return h(LineChart, { key: id, title: texts.name[lang], unit: texts.unit[lang], kind, series, lang, highlight });
      }),
      legend(all, references, scenario, lang),
    ),
    plays[0] && h(Family, { app, scenario, lang, game: plays[0] }),
  );
});
