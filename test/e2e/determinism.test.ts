import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/bots/autoplay';
import { defaultSeats } from '../../src/rules/game';
import { stateHash } from '../../src/rules/session';
import { loadScenario } from '../../src/scenario/load';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The same pure core, imported by the page from the dev server, plays the same game. */
async function hashInBrowser(seed: number): Promise<string> {
  const { page } = await openPage(browser);
  // A string, so the test runner does not rewrite the page's own dynamic imports.
  return page.evaluate(`(async () => {
    const load = await import('/src/scenario/load.ts');
    const source = (await import('/scenarios/gruenau.yaml?raw')).default;
    const { playBotGame } = await import('/src/bots/autoplay.ts');
    const { defaultSeats } = await import('/src/rules/game.ts');
    const { stateHash } = await import('/src/rules/session.ts');
    const loaded = load.loadScenario(source, 'scenarios/gruenau.yaml');
    if (!loaded.ok) throw new Error('scenario did not load');
    return stateHash(playBotGame(loaded.scenario, ${seed}, defaultSeats(loaded.scenario)).state);
  })()`);
}

describe('the same scenario, seed and actions', () => {
  it('give the same final state hash in Node and in Chromium', async () => {
    const loaded = loadScenario(readFileSync('scenarios/gruenau.yaml', 'utf8'), 'scenarios/gruenau.yaml');
    if (!loaded.ok) throw new Error('scenario did not load');
    for (const seed of [3, 11]) {
      const inNode = stateHash(playBotGame(loaded.scenario, seed, defaultSeats(loaded.scenario)).state);
      expect(await hashInBrowser(seed)).toBe(inNode);
    }
  });
});
