/** Tabling a card from the catalogue: where, how big, with how much participation, who pays which share and who is asked. */
import type { VNode } from 'preact';
import { putDraft, type TableDraft } from '../../app/drafts';
import { memo } from '../../app/view/component';
import { el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import type { App } from '../../app/store';
import { percent } from '../../scenario/numberFormat';
import type { Language, Measure, Role, Scenario } from '../../scenario/schema';
import type { Participation } from '../../sim/state';
import { PARTICIPATION_NAMES } from './common.texts';
import { actionButton, checkbox, disclosure, labelled, numberInput, select } from './controls';
import { financingFromPercents } from './financing';
import { expectedProgrammes, pinBoard } from './pinBoard';
import { sharesEditor, totalText } from './sharesEditor';
import { availableFrom, sizeHint, TABLE } from './table.texts';

export const PARTICIPATION_LEVELS: readonly Participation[] = ['none', 'inform', 'consult', 'codecide'];

/** Roles that may carry a share: the tabler, the lead and every partner on the card. */
export function payingRoles(m: Measure, tabler: string): string[] {
  return [...new Set([tabler, m.lead, ...m.partners.required, ...m.partners.possible])];
}

/** A fresh draft for a card: its first allowed district, smallest size, own participation, the lead paying all. */
export function draftFor(scenario: Scenario, m: Measure, tabler: string): TableDraft {
  const district = m.appliesTo === 'district' ? (m.districts?.[0] ?? scenario.districts[0]!.id) : '';
  return {
    measure: m.id,
    district,
    scale: m.scale.min,
    participation: m.participation,
    percents: Object.fromEntries(payingRoles(m, tabler).map((r) => [r, r === m.lead ? 100 : 0])),
    partners: [...m.partners.required],
  };
}

/** The card the acting role would most likely table first: one it leads, else the first card. */
function firstCard(scenario: Scenario, role: Role, year: number): Measure {
  const open = scenario.measures.filter((m) => m.from === undefined || m.from <= year);
  return open.find((m) => m.lead === role.id) ?? open[0] ?? scenario.measures[0]!;
}

function cardOptions(app: App) {
  const { scenario, lang, live } = app.store.getState();
  return scenario!.measures.map((m) => ({
    value: m.id,
    label: m.from !== undefined && m.from > live!.state.year ? `${m.name[lang]} (${availableFrom(m.from, lang)})` : m.name[lang],
  }));
}

/** The financing disclosure's line: who pays which share as typed, or what is wrong with the shares. */
function financingSummary(scenario: Scenario, m: Measure, percents: Record<string, number>, lang: Language): string {
  const heading = m.partners.required.length + m.partners.possible.length > 0 ? TABLE.financingPartners[lang] : TABLE.financingShort[lang];
  if (!financingFromPercents(percents).ok) return `${heading}: ⚠ ${totalText(percents, lang)}`;
  const paying = Object.entries(percents).filter(([, n]) => n > 0);
  return `${heading}: ${paying.map(([r, n]) => `${scenario.roles.find((x) => x.id === r)?.name[lang] ?? r} ${percent(n / 100, lang)}`).join(', ')}`;
}

/** The tabling form of the acting role; it renders again when its draft, the language or the table changes. */
export const TableForm = memo('TableForm', ({ app, role }: { app: App; role: Role }): VNode => {
  useSlice(app.store, (s) => [s.lang, s.scenario, s.live?.state.proposals, s.live?.state.concept, s.rejection]);
  const stored = useSlice(app.drafts, (d) => ({ draft: d.tables[role.id], failed: d.failed })).draft;
  const { scenario, lang, live } = app.store.getState();
  const s = scenario!;
  const state = live!.state;
  const key = role.id;
  const draft = stored ?? draftFor(s, firstCard(s, role, state.year), role.id);
  const change = (part: Partial<TableDraft>) => putDraft(app.drafts, 'tables', key, { ...draft, ...part });
  const m = s.measures.find((x) => x.id === draft.measure)!;

  const card = select('table-card', cardOptions(app), draft.measure, (id) => putDraft(app.drafts, 'tables', key, draftFor(s, s.measures.find((x) => x.id === id)!, role.id)));
  const allowed = m.districts ?? s.districts.map((d) => d.id);
  const district =
    m.appliesTo === 'district'
      ? labelled(TABLE.district[lang], select('table-district', allowed.map((id) => ({ value: id, label: s.districts.find((d) => d.id === id)?.name[lang] ?? id })), draft.district, (v) => change({ district: v })))
      : el('p', { class: 'field muted' }, TABLE.wholeNeighbourhood[lang]);
  const terms = { tabledBy: role.id, ...(draft.district && { district: draft.district }), scale: draft.scale, participation: draft.participation, financing: financingFromPercents(draft.percents).shares, partners: draft.partners };
  const scale = numberInput('table-scale', draft.scale, (n) => change({ scale: n }), { min: String(m.scale.min), max: String(m.scale.max), step: '1' });
  const participation = select('table-participation', PARTICIPATION_LEVELS.map((p) => ({ value: p, label: PARTICIPATION_NAMES[p][lang] })), draft.participation, (v) => change({ participation: v as Participation }));
  const partners = el(
    'fieldset',
    { class: 'partners' },
    el('legend', {}, TABLE.partnersAsked[lang]),
    ...[...m.partners.required, ...m.partners.possible].map((r) => {
      const required = m.partners.required.includes(r);
      const name = `${s.roles.find((x) => x.id === r)?.name[lang] ?? r}${required ? ` ${TABLE.required[lang]}` : ''}`;
      return checkbox(`table-partner-${r}`, name, draft.partners.includes(r), (on) => change({ partners: on ? [...draft.partners, r] : draft.partners.filter((x) => x !== r) }), { key: r });
    }),
  );
  const hasPartners = m.partners.required.length + m.partners.possible.length > 0;
  const table = () => ({
    type: 'table' as const,
    role: role.id,
    measure: m.id,
    ...(m.appliesTo === 'district' && { district: draft.district }),
    scale: draft.scale,
    participation: draft.participation,
    financing: financingFromPercents(draft.percents).shares,
    partners: draft.partners,
  });
  return el(
    'section',
    { class: 'table-form' },
    el('h3', {}, TABLE.tableHeading[lang]),
    el('div', { class: 'form-grid' },
      el('div', { class: 'wide' }, labelled(TABLE.card[lang], card)),
      district,
      labelled(TABLE.scale[lang], scale, sizeHint(m.scale.min, m.scale.max, m.scale.unit[lang], lang)),
      el('div', { class: 'wide' }, labelled(TABLE.participation[lang], participation)),
    ),
    // Who pays and the whole card on demand, each summed up in its line: the form stays short enough to see the table under it.
    disclosure(
      app,
      'table-financing',
      financingSummary(s, m, draft.percents, lang),
      hasPartners ? partners : null,
      sharesEditor(s, 'table', payingRoles(m, role.id), draft.percents, lang, (r, n) => change({ percents: { ...draft.percents, [r]: n } })),
    ),
    disclosure(
      app,
      'table-preview',
      TABLE.preview[lang],
      el('div', { class: 'card-preview' }, el('p', { class: 'card-description' }, m.description[lang]), pinBoard(s, state, m, terms, expectedProgrammes(s, state).ofDraft(m, terms), lang, false)),
    ),
    el('div', { class: 'form-actions' }, ...actionButton(app, TABLE.tableButton[lang], 'table-submit', table, { class: 'primary' }, () => putDraft(app.drafts, 'tables', key, undefined))),
  );
});
