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
