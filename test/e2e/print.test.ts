/**
 * The printed report: a game of computer roles played to the debrief, printed to A4 in German and English. Under print
 * media the page shows the title block, the course charts with every line and the legend, why, the scores, the key
 * decisions, the action concept as a document and the discussion questions, and no buttons, topbar, full log or
 * operator report; the PDF has a handful of pages. With QUARTIER_PRINT_OUT=folder the PDFs are kept there, to be looked
 * at page by page (for example after `pdftoppm -png -r 60 report-de.pdf de`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { advanceTo, byKey, setUpSeats } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The parts of the report, each with what must show in print. */
const PARTS = {
  title: '.debrief-print-title',
  charts: '.debrief-course .debrief-chart',
  legend: '.debrief-course .debrief-legend',
  why: '.debrief-why',
  scores: '.debrief-score-table',
  keyDecisions: '.debrief-key-decisions',
  concept: '#debrief-concept-doc .debrief-concept-table',
  programmes: '#debrief-concept-doc .debrief-programme-table',
  discussion: '.debrief-discussion-step',
} as const;

/** Hidden in print: the topbar and the debrief's header with its buttons, the full log and the operator report. */
const SCREEN_ONLY = ['#topbar', '.debrief-header', '#debrief-full-log', '#debrief-report'];

/** What the print media shows: each part's count of visible elements, visible buttons, and the screen-only parts visible. */
async function printed(page: Page) {
  return page.evaluate(
    ({ parts, screenOnly }) => {
      const shown = (e: Element) => {
        const box = (e as HTMLElement).getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const count = (selector: string) => [...document.querySelectorAll(selector)].filter(shown).length;
      return {
        parts: Object.fromEntries(Object.entries(parts).map(([k, sel]) => [k, count(sel)])),
        // A button may print only as plain text without a border (the course's round marks do).
        buttons: [...document.querySelectorAll('button, select, input')]
          .filter(shown)
          .filter((b) => b.tagName !== 'BUTTON' || getComputedStyle(b).borderTopWidth !== '0px')
          .map((b) => b.textContent?.trim() || b.outerHTML.slice(0, 60)),
        screenOnly: screenOnly.filter((sel) => count(sel) > 0),
        legendLines: count('.debrief-course .debrief-legend li'),
        questions: count('.debrief-questions li'),
        charts: [...document.querySelectorAll('.debrief-course .debrief-chart')].map((c) => getComputedStyle(c).breakInside),
        smallest: Math.min(...[...document.querySelectorAll('.debrief-key-years li, .debrief-questions li, .debrief-concept-table td')].filter(shown).map((e) => parseFloat(getComputedStyle(e).fontSize))),
        title: document.querySelector('.debrief-print-title')?.textContent ?? '',
      };
    },
    { parts: PARTS, screenOnly: SCREEN_ONLY },
  );
}

/** Pages of a PDF as Chromium writes it: one page object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function printIn(page: Page, lang: 'de' | 'en') {
  await page.emulateMedia({ media: 'print' });
  const seen = await printed(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const out = process.env.QUARTIER_PRINT_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `report-${lang}.pdf`), pdf);
  }
  await page.emulateMedia({ media: 'screen' });
  return { seen, pdf };
}

describe('the printed report', () => {
  it('prints every part of the debrief and none of its controls to a few A4 pages, in German and in English', async () => {
    const { page, problems } = await openPage(browser, 'de');
    try {
      await setUpSeats(page, [], 7);
      await byKey(page, 'setup-length').selectOption('4x3');
      await byKey(page, 'setup-start').click();
      await advanceTo(page, 'debrief');
      // The reference games join the charts before the report is printed.
      await page.waitForFunction(() => /\d/.test(document.querySelector('.debrief-references-note')?.textContent ?? ''), null, { timeout: 120_000 });

      for (const lang of ['de', 'en'] as const) {
        if (lang === 'en') {
          await byKey(page, 'topbar-language').click();
          await page.locator('.debrief-print-title', { hasText: 'Played by the computer' }).waitFor({ state: 'attached' });
        }
        const { seen, pdf } = await printIn(page, lang);
        expect(seen.parts, lang).toEqual({ title: 1, charts: 7, legend: 1, why: 1, scores: 1, keyDecisions: 1, concept: 1, programmes: 1, discussion: 3 });
        expect(seen.buttons, lang).toEqual([]);
        expect(seen.screenOnly, lang).toEqual([]);
        // The group's game, no measures, history and the two reference games.
        expect(seen.legendLines, lang).toBeGreaterThanOrEqual(5);
        expect(seen.questions, lang).toBeGreaterThanOrEqual(9);
        expect(seen.charts.every((b) => b === 'avoid'), lang).toBe(true);
        // Body text on paper: 9 pt (12 px) or more.
        expect(seen.smallest, lang).toBeGreaterThanOrEqual(12);
        const [seed, rule, length] = lang === 'de' ? ['Startwert', 'Entscheidungsregel', '4 Runden à 3 Jahre'] : ['Seed', 'Decision rule', '4 rounds of 3 years'];
        for (const text of [seed, rule, length, 'Leipzig-Grünau']) expect(seen.title, lang).toContain(text);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = pageCount(pdf);
        expect(pages, lang).toBeGreaterThanOrEqual(4);
        expect(pages, lang).toBeLessThanOrEqual(8);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
