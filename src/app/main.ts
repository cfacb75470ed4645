/** The start page: loads the bundled Grünau scenario with the shared loader and shows what it contains. */
import gruenauSource from '../../scenarios/gruenau.yaml?raw';
import { formatProblem } from '../scenario/problems';
import { loadScenario } from '../scenario/load';
import type { Language, Scenario } from '../scenario/schema';
import { el } from './dom';
import { local, t } from './i18n';

const LANGUAGE_KEY = 'quartier.language';

function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'de';
}

function districtCard(d: Scenario['districts'][number], lang: Language): HTMLElement {
  const flats = d.flats.renovated + d.flats.unrenovated;
  const residents = d.residents.young + d.residents.working + d.residents.senior;
  const format = new Intl.NumberFormat(lang);
  return el(
    'li',
    { class: 'district' },
    el('h3', {}, local(d.name, lang)),
    el('p', {}, d.description ? local(d.description, lang) : ''),
    el('p', { class: 'figures' }, `${format.format(flats)} ${t('flats', lang)} · ${format.format(residents)} ${t('residents', lang)}`),
  );
}

function scenarioView(s: Scenario, lang: Language): HTMLElement {
  const first = s.time.startYear;
  const last = first + s.time.turns - 1;
  return el(
    'section',
    {},
    el('p', { class: 'tagline' }, t('tagline', lang)),
    el('h1', {}, local(s.meta.title, lang)),
    el('p', { class: 'years' }, `${t('years', lang)}: ${first}–${last} (${s.time.turns} ${t('turns', lang)})`),
    el('p', { class: 'description' }, local(s.meta.description, lang)),
    el('p', { class: 'area' }, `${t('area', lang)}: ${local(s.meta.area, lang)}`),
    el('h2', {}, t('districts', lang)),
    el('ul', { class: 'districts' }, ...s.districts.map((d) => districtCard(d, lang))),
    el('h2', {}, t('roles', lang)),
    el(
      'ul',
      { class: 'roles' },
      ...s.roles.map((r) => el('li', { style: `--role-colour: ${r.colour}` }, local(r.name, lang))),
    ),
    el('p', { class: 'hint' }, t('comingSoon', lang)),
  );
}

function render(root: HTMLElement, lang: Language): void {
  document.documentElement.lang = lang;
  const toggle = el('button', { type: 'button', class: 'language', 'aria-label': t('languageLabel', lang) }, t('language', lang));
  toggle.addEventListener('click', () => {
    const next: Language = lang === 'de' ? 'en' : 'de';
    localStorage.setItem(LANGUAGE_KEY, next);
    render(root, next);
  });
  const result = loadScenario(gruenauSource, 'scenarios/gruenau.yaml', { lang });
  const body = result.ok
    ? scenarioView(result.scenario, lang)
    : el('section', {}, el('h1', {}, t('problems', lang)), el('ul', {}, ...result.problems.map((p) => el('li', {}, formatProblem(p)))));
  root.replaceChildren(toggle, body);
}

render(document.getElementById('app')!, storedLanguage());
