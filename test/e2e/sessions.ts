/** Browser-test helpers for the autosave: storage faults injected before the page runs, and session files taken from the page. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { parseSessionFile, sessionForScenario } from '../../src/rules/saveFile';
import { replay } from '../../src/rules/session';
import type { LogEntry } from '../../src/rules/types';
import { loadScenario } from '../../src/scenario/load';
import { byKey } from './play';

/**
 * Faults as browsers show them. `full`: every write to local storage and IndexedDB fails with QuotaExceededError, from the
 * start or from when the test sets `window.__storageFull = true`; `throwing`: local storage's setItem throws;
 * `blocked`: reading localStorage, sessionStorage or indexedDB throws SecurityError (storage blocked for the site).
 */
export type Fault = 'full' | 'fullLater' | 'throwing' | 'blocked' | 'noDatabase';

/** Runs in the page before its scripts, on every load. Kept free of closures: it is sent to the page as text. */
function injectFault(fault: Fault): void {
  const w = window as unknown as { __storageFull?: boolean };
  if (fault === 'full') w.__storageFull = true;
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  if (fault === 'full' || fault === 'fullLater') {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (w.__storageFull) throw full();
      return setItem.call(this, key, value);
    };
    for (const name of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (w.__storageFull) throw full();
        return original.apply(this, args);
      } as typeof original;
    }
  }
  if (fault === 'throwing') {
    Storage.prototype.setItem = () => {
      throw new Error('setItem is broken here');
    };
  }
  if (fault === 'blocked') {
    const refuse = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) Object.defineProperty(window, name, { get: refuse, configurable: true });
  }
  if (fault === 'noDatabase') {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
    };
  }
}

export async function withFault(page: Page, fault: Fault): Promise<void> {
  await page.addInitScript(injectFault, fault);
}

/** The log of a session file the page hands over as a download when `control` is clicked. */
export async function downloadedLog(page: Page, control: Locator): Promise<{ log: LogEntry[]; text: string; name: string }> {
  const download = page.waitForEvent('download');
  await control.click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  return { log: (JSON.parse(text) as { log: LogEntry[] }).log, text, name: file.suggestedFilename() };
}

/** How many times the facilitator moved the game on (Page Down): bots never send `next`. */
export const movesOn = (log: LogEntry[]) => log.filter((e) => e.action.type === 'next').length;

/** The year and phase that a session file replays to in Node, with its scenario (the bundled Grünau unless said). */
export function replayedTime(text: string, scenarioPath = 'scenarios/gruenau.yaml'): { year: number; phase: string } {
  const loaded = loadScenario(readFileSync(scenarioPath, 'utf8'), scenarioPath);
  if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
  const file = parseSessionFile(text);
  if (!file.ok) throw new Error(`not a session file: ${file.problem.code}`);
  const matched = sessionForScenario(file.file, loaded.scenario);
  if (!matched.ok) throw new Error(`not a session of ${scenarioPath}: ${matched.problem.code}`);
  const replayed = replay(matched.scenario, matched.session);
  if (!replayed.ok) throw new Error(`replay refused entry ${replayed.failure.index}`);
  return { year: replayed.live.state.year, phase: replayed.live.state.phase };
}

/** The autosave as versions before IndexedDB wrote it: one local-storage slot with the scenario's source and the session file's text. */
export const LEGACY_KEY = 'quartier.autosave';
export function legacyAutosave(sessionText: string, scenarioPath = 'scenarios/gruenau.yaml'): string {
  const file = JSON.parse(sessionText) as { seed: number; seats: Record<string, unknown> };
  return JSON.stringify({
    version: 1,
    lang: 'en',
    scenario: { file: scenarioPath, source: readFileSync(scenarioPath, 'utf8') },
    config: { seed: file.seed, seats: file.seats, rule: 'consent', timerMinutes: 0 },
    session: sessionText,
  });
}

export const readLegacy = (page: Page) => page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY);
/** Writes the old slot as the earlier version left it with the game on screen (it kept the screen shown beside it). */
export async function writeLegacy(page: Page, text: string): Promise<void> {
  // Once the page has noted its own screen, so that note cannot land after this one.
  await page.waitForFunction(() => localStorage.getItem('quartier.screen') !== null);
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key!, value!);
      localStorage.setItem('quartier.screen', 'game');
    },
    [LEGACY_KEY, text],
  );
}

/** The banner that says autosave has stopped. */
export const stoppedBanner = (page: Page) => byKey(page, 'autosave-stopped');
