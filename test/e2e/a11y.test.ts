/** axe-core on every screen a session passes through: no serious or critical accessibility violations. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openPage } from './browser';
import { advanceTo, byKey, lastCardId, nextPhase, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Screens checked so far, with their violations; all are reported together at the end. */
type Findings = Record<string, string[]>;

async function check(page: Page, findings: Findings, screen: string): Promise<void> {
  findings[screen] = await axeViolations(page);
}

const withViolations = (findings: Findings) => Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0));

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violations on setup, every phase panel, the dialogs and the debrief', async () => {
    const { page, problems } = await openPage(browser, 'de');
    const panel = page.locator('#panel');
    const findings: Findings = {};
    await byKey(page, 'setup-start').waitFor();
    await check(page, findings, 'setup');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await check(page, findings, 'help on the setup screen');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await setUpSeats(page, ['city', 'residents']);
    await byKey(page, 'setup-start').click();
    // The board's canvas is ready (it has its role); axe then checks that it is described.
    await page.locator('#board canvas[role="img"]').waitFor();
    await check(page, findings, 'news');
    await nextPhase(page);
    await check(page, findings, 'situation');
    await nextPhase(page);
    await check(page, findings, 'briefings: the seats');
    await byKey(page, 'handover-residents').click();
    await check(page, findings, 'briefings: hand-over screen');
    await byKey(page, 'reveal').click();
    await panel.getByRole('heading', { name: 'Briefing: Bewohnerschaft' }).waitFor();
    await check(page, findings, 'briefings: revealed briefing');
    await byKey(page, 'briefing-hide').click();

    await nextPhase(page);
    await check(page, findings, 'proposals with the table form');
    await byKey(page, 'table-submit').click();
    const card = await lastCardId(page);

    await nextPhase(page);
    await byKey(page, `card-${card}`).click();
    await page.locator(`[data-key="amend-${card}"]`).click();
    await check(page, findings, 'negotiation with an open card, pledge and amend forms');
    // A refused pledge shows its reason beside the button.
    await byKey(page, `pledge-${card}-money`).fill('99000000');
    await byKey(page, `pledge-${card}`).click();
    await panel.locator('.refusal').waitFor();
    await check(page, findings, 'negotiation with a refusal');
    await byKey(page, `pledge-${card}-money`).fill('100000');
    await byKey(page, `pledge-${card}`).click();

    await nextPhase(page);
    await check(page, findings, 'decision');
    await nextPhase(page);
    await check(page, findings, 'implementation');
    await nextPhase(page);
    await check(page, findings, 'simulation');
    await nextPhase(page);
    await check(page, findings, 'review');

    await page.keyboard.press('m');
    await page.getByRole('dialog').waitFor();
    await check(page, findings, 'facilitation tools');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('p');
    await page.locator('.paused-banner').waitFor();
    await check(page, findings, 'paused');
    await page.keyboard.press('p');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await check(page, findings, 'help in the game');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await advanceTo(page, 'debrief');
    await page.locator('.debrief').waitFor();
    await check(page, findings, 'debrief: course');
    await page.locator('.debrief-mark').first().click();
    await page.locator('.debrief-mark-detail').waitFor();
    await check(page, findings, 'debrief: course with a mark chosen');
    await byKey(page, 'debrief-section-why').click();
    await check(page, findings, 'debrief: why this result');
    await byKey(page, 'debrief-section-scores').click();
    await check(page, findings, 'debrief: scores');
    await byKey(page, 'debrief-section-decisions').click();
    await check(page, findings, 'debrief: decisions');
    await byKey(page, 'debrief-concept-doc').click();
    await page.locator('.debrief-concept-table').waitFor();
    await check(page, findings, 'debrief: concept document');
    await byKey(page, 'debrief-report').click();
    await page.locator('.debrief-report-round').first().waitFor();
    await check(page, findings, 'debrief: operator report');
    await byKey(page, 'debrief-full-log').click();
    await page.locator('.debrief-log').first().waitFor();
    await check(page, findings, 'debrief: full log');
    await byKey(page, 'debrief-section-discussion').click();
    await check(page, findings, 'debrief: discussion');

    expect(withViolations(findings)).toEqual({});
    expect(Object.keys(findings)).toHaveLength(26);
    expect(problems).toEqual([]);
  });

  it('finds none in the dialog about a damaged autosave', async () => {
    const { page, problems } = await openPage(browser, 'en');
    await page.evaluate(() => localStorage.setItem('quartier.autosave', '{"version":1,'));
    await page.reload();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
