/** Finding the session to go on with: an old autosave first (moved once), else this tab's session, from the database and the journal. */
import { sessionToJson } from '../../rules/saveFile';
import type { LiveSession } from '../../rules/session';
import type { LocalText, Scenario } from '../../scenario/schema';
import type { SafeStorage } from '../safeStorage';
import type { BranchOf } from './branches';
import { dropJournals, journalsOf, newerJournal, withJournal } from './journal';
import { LEGACY_KEY, readLegacyAutosave } from './legacyAutosave';
import { replaySaved } from './savedReplay';
import { listSessions, readSession, removeSession, type SessionDb } from './sessionDb';
import { newId } from './sessionId';
import { sharedPrefixByValue, type Progress, type SessionHead, type StoredSession } from './sessionRecords';

export type Restored =
  | { kind: 'none' }
  | {
      kind: 'ok';
      head: SessionHead;
      live: LiveSession;
      /** What the database holds, and how many leading entries of the live log it holds as they are; none for an old autosave. */
      stored?: { progress: Progress; from: number };
      /** An old autosave: moved into the database, then removed. */
      legacy?: true;
    }
  | { kind: 'damaged'; raw: string; reason: LocalText; forget(): void };

/** The session this tab played last (kept per tab, so two tabs on two sessions each reload their own), else the last one anywhere. */
const CURRENT = 'quartier.current';

export function rememberCurrent(tab: SafeStorage, local: SafeStorage, id: string): void {
  tab.setItem(CURRENT, id);
  local.setItem(CURRENT, id);
}

/** The head of a session that begins now. */
export const headOf = (id: string, scenario: Scenario, source: SessionHead['scenario'], config: SessionHead['config'], live: LiveSession, branch?: BranchOf): SessionHead => {
  const { log: _log, ...session } = live.session;
  return { id, scenario: source, title: scenario.meta.title, config, session, startedAt: Date.now(), ...(branch && { branch }) };
};

/** The session `id` from the database, with the journal's newer tail, replayed (unless `known` is that session); `none` if neither holds it. */
export async function restoreStored(db: SessionDb | undefined, local: SafeStorage, id: string, known?: LiveSession): Promise<Restored> {
  let stored: StoredSession | undefined;
  try {
    stored = db && (await readSession(db, id));
  } catch {
    stored = undefined;
  }
  const journal = newerJournal(journalsOf(local, id), stored?.progress, stored?.log.length ?? 0);
  const head = stored?.head ?? journal?.head;
  if (!head) return { kind: 'none' };
  const log = journal ? withJournal(stored?.log ?? [], journal) : stored!.log;
  const session = { ...head.session, log };
  const stillKnown = known && known.session.log.length === log.length && sharedPrefixByValue(known.session.log, log) === log.length;
  const replayed = stillKnown ? { ok: true as const, live: known } : replaySaved(head.scenario, session);
  if (!replayed.ok) {
    const forget = () => {
      dropJournals(local, id);
      if (db) removeSession(db, id).catch(() => undefined);
    };
    return { kind: 'damaged', raw: sessionToJson(session), reason: replayed.reason, forget };
  }
  return {
    kind: 'ok',
    head,
    live: replayed.live,
    ...(stored && { stored: { progress: stored.progress, from: journal ? journal.from : log.length } }),
  };
}

/** What to go on with when the page opens. */
export async function restoreAtStart(db: SessionDb | undefined, local: SafeStorage, tab: SafeStorage): Promise<Restored> {
  const legacy = readLegacyAutosave(local);
  if (legacy.kind === 'damaged') return { ...legacy, forget: () => local.removeItem(LEGACY_KEY) };
  if (legacy.kind === 'ok') {
    const { scenario, live } = legacy.replayed;
    return { kind: 'ok', head: headOf(newId(), scenario, legacy.scenarioSource, legacy.config, live), live, legacy: true };
  }
  const remembered = tab.getItem(CURRENT) ?? local.getItem(CURRENT);
  const restored = remembered ? await restoreStored(db, local, remembered) : { kind: 'none' as const };
  if (restored.kind !== 'none' || !db) return restored;
  // Nothing remembered (a new tab, storage that keeps no notes) or nothing under it: the newest session saved.
  const newest = await listSessions(db).then((all) => all[0]?.head.id, () => undefined);
  return newest && newest !== remembered ? restoreStored(db, local, newest) : restored;
}
