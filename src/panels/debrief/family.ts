/**
 * The games of one family in the debrief (the original game and its what-if branches, branches.ts): listed with their
 * round and seats, chosen to compare, drawn as extra lines in the course charts and set side by side in a table of
 * final indicators and scores. Compared games are replayed from the saved sessions once and kept for this page.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { listSaved, loadSaved } from '../../app/sessions/autosave';
import type { SessionSummary } from '../../app/sessions/autosaveState';
import { familyOf, type Numbered } from '../../app/sessions/branches';
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { button, el } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import { roundOf } from '../../rules/gameLength';
import { PHASE_NAMES } from '../../rules/rejectionMessages';
import { scores, type Scores } from '../../rules/scoring';
import { modelTimeline } from '../../rules/timeline';
import { number } from '../../scenario/numberFormat';
import type { Language, LocalText, Scenario } from '../../scenario/schema';
import { yearRows, type YearRow } from '../../sim/report';
import { SETUP_TEXTS } from '../setup.texts';
import { CHARTED, valueLabel } from './format';
import { sample } from './playStyle';
import { COMPARED, type ComparedId, type Play, type PlayId } from './series';
import { FAMILY_TEXTS } from './family.texts';
import './family.css';
import { INDICATOR_TEXTS, PLAY_NAMES, say } from './debrief.texts';

type Member = Numbered<SessionSummary>;

interface Replayed {
  rows: readonly YearRow[];
  scores: Scores;
}

/** The games chosen to compare (saved session ids, in the order chosen) and what their replays gave, by id and save. */
interface Comparison {
  chosen: string[];
  replayed: Record<string, Replayed | 'loading' | 'failed'>;
}

const comparisons = new WeakMap<App, StoreApi<Comparison>>();

function comparisonOf(app: App): StoreApi<Comparison> {
  let found = comparisons.get(app);
  if (!found) comparisons.set(app, (found = createStore<Comparison>()(() => ({ chosen: [], replayed: {} }))));
  return found;
}

/** A replay is kept for one save of the session: a game played on since is replayed again. */
const replayKey = (m: Pick<SessionSummary, 'id' | 'savedAt'>) => `${m.id}@${m.savedAt}`;

const both = (say: (lang: Language) => string): LocalText => ({ de: say('de'), en: say('en') });

/** The game's short name, for the legend and the table: its number, and the year it was played again from. */
function shortName(m: Member): LocalText {
  return both((lang) => (m.branch ? FAMILY_TEXTS.shortBranch[lang](m.number, m.branch.year) : FAMILY_TEXTS.shortOriginal[lang](m.number)));
}

function useFamily(app: App): { members: Member[]; current?: Member } {
  const { sessions, id } = useSlice(app.store, (s) => ({ sessions: s.autosave.sessions, id: s.sessionId }));
  return useMemo(() => {
    const members = id ? familyOf(sessions, id) : [];
    return { members, current: members.find((m) => m.id === id) };
  }, [sessions, id]);
}

interface Compared {
  member: Member;
  slot: ComparedId;
  /** Undefined while it is replayed or when it could not be. */
  game?: Replayed;
}

/** The other games of the family chosen to compare, in the order chosen, each with its line's style. */
function comparedOf(members: readonly Member[], current: Member | undefined, comparison: Comparison): Compared[] {
  const chosen = comparison.chosen.flatMap((id) => members.filter((m) => m.id === id && m.id !== current?.id)).slice(0, COMPARED.length);
  return chosen.map((member, i) => {
    const game = comparison.replayed[replayKey(member)];
    return { member, slot: COMPARED[i]!, ...(typeof game === 'object' && { game }) };
  });
}

/** Chooses a game to compare (replaying it, once per save) or takes it out of the comparison. */
async function toggle(app: App, scenario: Scenario, member: Member): Promise<void> {
  const store = comparisonOf(app);
  const { chosen, replayed } = store.getState();
  if (chosen.includes(member.id)) {
    store.setState({ chosen: chosen.filter((id) => id !== member.id) });
    return;
  }
  store.setState({ chosen: [...chosen, member.id] });
  const key = replayKey(member);
  if (typeof replayed[key] === 'object' || replayed[key] === 'loading') return;
  store.setState((c) => ({ replayed: { ...c.replayed, [key]: 'loading' } }));
  const live = await loadSaved(member.id);
  // Games of one family share scenario, seed and length, so the scenario in play reads their timelines.
  const game: Replayed | undefined = live && { rows: yearRows(scenario, modelTimeline(live)), scores: scores(scenario, live.state) };
  store.setState((c) => ({ replayed: { ...c.replayed, [key]: game ?? 'failed' } }));
}

/** The debrief's plays with the games chosen to compare after the group's game, which is named by its number in a family. */
export function useFamilyPlays(app: App, plays: readonly Play[]): readonly Play[] {
  const { members, current } = useFamily(app);
  const comparison = useSlice(comparisonOf(app), (c) => c);
  return useMemo(() => {
    const [game, ...others] = plays;
    if (!game || !current || members.length < 2) return plays;
    const compared = comparedOf(members, current, comparison).flatMap((c): Play[] => (c.game ? [{ id: c.slot, rows: c.game.rows, name: shortName(c.member) }] : []));
    const yours = shortName(current);
    return [{ ...game, name: both((lang) => FAMILY_TEXTS.yours[lang](yours[lang])) }, ...compared, ...others];
  }, [plays, members, current, comparison]);
}

function describe(scenario: Scenario, m: Member, lang: Language): string {
  const origin = m.branch ? FAMILY_TEXTS.branch[lang](roundOf(scenario, m.branch.year), m.branch.year, m.parentNumber) : FAMILY_TEXTS.original[lang];
  return `${origin} · ${SETUP_TEXTS.savedAt[lang](m.year, PHASE_NAMES[m.phase][lang])} · ${SETUP_TEXTS.seatsSummary[lang](m.humans, m.computers)}`;
}

interface Column {
  play: PlayId;
  name: string;
  game: Replayed;
}

function resultsTable(scenario: Scenario, columns: readonly Column[], lang: Language) {
  const cell = (text: string) => el('td', { class: 'debrief-number' }, text);
  const row = (name: string, value: (game: Replayed) => string, strong = false) =>
    el('tr', strong ? { class: 'debrief-strong' } : {}, el('th', { scope: 'row' }, name), ...columns.map((c) => cell(value(c.game))));
  const last = (game: Replayed) => game.rows[game.rows.length - 1]!;
  return el(
    'table',
    { class: 'debrief-table debrief-family-table' },
    el('caption', {}, FAMILY_TEXTS.tableHeading[lang]),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, FAMILY_TEXTS.indicator[lang]), ...columns.map((c) => el('th', { scope: 'col' }, sample(c.play), el('span', {}, c.name))))),
    el(
      'tbody',
      {},
      row(FAMILY_TEXTS.playedTo[lang], (g) => String(last(g).year)),
      ...CHARTED.map(({ id, kind }) => row(INDICATOR_TEXTS[id]!.name[lang], (g) => valueLabel(kind, last(g).indicators[id], lang))),
      row(say('shared', lang), (g) => number(g.scores.shared, lang), true),
      ...scenario.roles.map((r) => row(FAMILY_TEXTS.roleTotal[lang](r.name[lang]), (g) => number(g.scores.roles[r.id]?.total ?? 0, lang))),
    ),
  );
}

export interface FamilyProps {
  app: App;
  scenario: Scenario;
  lang: Language;
  /** The group's game as the charts show it. */
  game: Play;
}

export const Family = memo('DebriefFamily', ({ app, scenario, lang, game }: FamilyProps) => {
  // The list of saved sessions is read again: branches begun since the page opened are in it.
  useEffect(() => void listSaved(), []);
  const { members, current } = useFamily(app);
  const comparison = useSlice(comparisonOf(app), (c) => c);
  const state = useSlice(app.store, (s) => s.live?.state);
  const own = useMemo(() => state && { rows: game.rows, scores: scores(scenario, state) }, [game, scenario, state]);
  const compared = comparedOf(members, current, comparison);
  const full = compared.length >= COMPARED.length;
  const item = (m: Member) => {
    const name = FAMILY_TEXTS.game[lang](m.number);
    const picked = compared.find((c) => c.member.id === m.id);
    const status = comparison.replayed[replayKey(m)];
    const control =
      m.id === current?.id
        ? el('strong', { class: 'debrief-family-this' }, FAMILY_TEXTS.thisGame[lang])
        : button(FAMILY_TEXTS.compare[lang], `debrief-compare-${m.number}`, () => void toggle(app, scenario, m), {
            'aria-pressed': String(picked !== undefined),
            'aria-label': FAMILY_TEXTS.compareFor[lang](name),
            disabled: full && !picked,
          });
    return el(
      'li',
      { key: m.id, class: 'debrief-family-game' },
      control,
      picked && sample(picked.slot),
      el('span', {}, el('strong', {}, name), ` · ${describe(scenario, m, lang)}`),
      picked && status === 'loading' && el('span', { class: 'debrief-unit' }, FAMILY_TEXTS.loading[lang]),
      picked && status === 'failed' && el('span', { class: 'debrief-unit' }, FAMILY_TEXTS.failed[lang]),
    );
  };
  const ownName = current && members.length > 1 ? FAMILY_TEXTS.yours[lang](shortName(current)[lang]) : PLAY_NAMES.game[lang];
  const columns: Column[] = [
    ...(own ? [{ play: 'game' as const, name: ownName, game: own }] : []),
    ...compared.flatMap((c) => (c.game ? [{ play: c.slot, name: shortName(c.member)[lang], game: c.game }] : [])),
  ];
  return el(
    'section',
    { class: 'debrief-family', 'aria-labelledby': 'debrief-family-heading' },
    el('h4', { id: 'debrief-family-heading' }, FAMILY_TEXTS.heading[lang]),
    members.length < 2
      ? el('p', { class: 'debrief-note' }, FAMILY_TEXTS.alone[lang])
      : el(
          'div',
          {},
          el('p', { class: 'debrief-note' }, `${FAMILY_TEXTS.intro[lang]} ${FAMILY_TEXTS.most[lang]}`),
          el('ul', { class: 'debrief-family-list' }, ...members.map(item)),
        ),
    columns.length > 1 && resultsTable(scenario, columns, lang),
  );
});
