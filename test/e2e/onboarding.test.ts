/** A student alone: the practice scenario chosen at setup, a line per phase saying what to do, a hint in the first year, objectives and score at the table, and a briefing that knows this year. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, textOf } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('onboarding for a student alone', () => {
  it('offers the practice scenario at setup and guides its first year', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await byKey(page, 'setup-start').waitFor();
    expect(await textOf(page.locator('.setup-start-alone'))).toContain('Start with Birkenfeld');
    expect(await byKey(page, 'setup-bundled-gruenau').getAttribute('aria-pressed')).toBe('true');
    await byKey(page, 'setup-bundled-tutorial').click();
    await page.locator('#scenario-title', { hasText: 'Birkenfeld – a practice scenario' }).waitFor();
    expect(await byKey(page, 'setup-bundled-tutorial').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.setup-opened').count()).toBe(0);
    // One person: the city; the housing company and the residents by the computer.
    await byKey(page, 'setup-seat-city').selectOption('human');
    await byKey(page, 'setup-seat-housingCompany').selectOption('bot');
    await byKey(page, 'setup-seat-residents').selectOption('bot');
    await byKey(page, 'setup-start').click();

    const now = byKey(page, 'now-line');
    await now.waitFor();
    expect(await textOf(now)).toContain("Read the news together");
    const hint = page.locator('.guide-hint');
    expect(await textOf(hint)).toContain('Each round begins with news');
    await byKey(page, 'guide-dismiss').click();
    await hint.waitFor({ state: 'detached' });

    await advanceTo(page, 'briefings');
    await byKey(page, 'handover-city').click();
    await byKey(page, 'reveal').click();
    const only = page.locator('.only-you');
    await only.waitFor();
    const briefing = await textOf(only);
    expect(briefing).toContain('What only you know this round');
    expect(briefing).toContain('The first round: all your resources are free.');
    await byKey(page, 'briefing-hide').click();

    await advanceTo(page, 'proposals');
    expect(await textOf(now)).toMatch(/^Now – City administration: Table up to \d cards?, /);
    expect(await textOf(page.locator('.guide-hint'))).toContain('Now the cards go on the table');
    const score = byKey(page, 'standing-score');
    expect(await textOf(score)).toMatch(/Your objectives .*Population ▲/);
    expect(await textOf(score)).toMatch(/Your score so far: [+−]?\d/);
    await byKey(page, 'guide-off').click();
    await page.locator('.guide-hint').waitFor({ state: 'detached' });
    await advanceTo(page, 'negotiation');
    expect(await page.locator('.guide-hint').count()).toBe(0);
    expect(await textOf(now)).toContain('computer roles answer requests at once');
    expect(problems).toEqual([]);
  });
});
