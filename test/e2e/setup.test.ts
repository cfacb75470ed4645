import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the setup screen', () => {
  it('opens with the Grünau scenario and no console errors', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.textContent('body')).toContain('Leipzig-Grünau');
    expect(problems).toEqual([]);
  });
});

describe('scenario text is data', () => {
  it('shows markup and script in a scenario’s texts literally and never runs them', async () => {
    const { readFileSync } = await import('node:fs');
    const attack = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';
    const source = readFileSync('scenarios/tutorial.yaml', 'utf8').replace(/title:\n {4}de: .*\n {4}en: .*\n/, `title:\n    de: '${attack}'\n    en: '${attack}'\n`);
    expect(source).toContain(attack);
    const { page, problems } = await openPage(browser, 'en');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.click('[data-key="setup-open-scenario"]');
    await (await chooser).setFiles({ name: 'attack.yaml', mimeType: 'text/yaml', buffer: Buffer.from(source) });
    await page.getByText(attack).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:has-text("__pwned")').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('warnings before a game starts', () => {
  it('lists a scenario’s warnings on the setup screen in the chosen language, and the game can still start', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('test/fixtures/small.yaml', 'utf8').replace('partners: { possible: [city] }', 'partners: { required: [city], possible: [city] }');
    const { page, problems } = await openPage(browser, 'de');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.click('[data-key="setup-open-scenario"]');
    await (await chooser).setFiles({ name: 'slip.yaml', mimeType: 'text/yaml', buffer: Buffer.from(source) });
    const warnings = page.locator('.setup-warnings');
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain('„slip.yaml“ lässt sich spielen, enthält aber eine Warnung');
    expect(await warnings.textContent()).toMatch(/slip\.yaml:\d+:\d+: Warnung: measures\[0\]\.partners\.possible\[0\]: die Rolle "city"/);
    expect(await page.textContent('body')).toContain('Kleines Quartier');
    expect(await page.locator('.setup-problems').count()).toBe(0);
    await page.click('[data-key="setup-start"]');
    await page.locator('#board canvas[role="img"]').waitFor();
    expect(problems).toEqual([]);
  });
});
