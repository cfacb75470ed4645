/**
 * `npm run fonts`: builds the app, plays a Grünau session in headless Chromium at 1920×1080 with clicks and keys only and
 * reports, for every projected screen in German and English, the smallest computed font size of visible text — body
 * text and secondary text apart — flagging body text below 24 px and secondary text below 20 px, labels cut off and
 * controls that overlap.
 *
 * The screens: setup; each of the nine phases of the first year (briefings also as the hand-over screen and as an open
 * briefing, negotiation also with a card opened); the help and facilitation-tools dialogs; each section of the debrief, the
 * decisions' concept document and operator report, and each step of its discussion.
 *
 * The rule:
 * - A text's size is its computed font size in CSS pixels as shown on the screen: times the CSS zoom (1 at 1920×1080)
 *   and, inside an SVG chart, times the scale its viewBox is drawn at.
 * - Visible text: a text node with a box on the page, not hidden (display, visibility, opacity 0, a closed <details>,
 *   content-visibility), not clipped to a pixel (.visually-hidden); text scrolled out of the panel counts too. The
 *   board (#board: the canvas and the indicator picker over it) is left to test/e2e/projectors.test.ts.
 * - Secondary text: text inside an element matching SECONDARY below — muted and hint lines, the kind of a cause, tags,
 *   units, table column heads, chart axes and ticks, <small>, key hints, the topbar's subtitle and the facilitator's
 *   topbar buttons (for the one at the laptop, not the room). Everything else is body text.
 * - Cut off: a text with an ellipsis that does not fit, a button, label or cell whose contents stick out of it, a
 *   chart's label drawn past its SVG, or the topbar, panel or a dialog scrolling sideways. Overlapping: two controls (buttons, fields, labels) of one region
 *   whose boxes cross.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildAndServe, freshPage, launchChromium } from './browserKit';
import { PHASE_NAMES } from '../rules/rejectionMessages';
import type { Phase } from '../rules/types';
import { chooseSeats, nextPhase, phaseLabel, startGame } from './gameDriver';

export const BODY_MIN = 24;
export const SECONDARY_MIN = 20;

/** Elements whose text is secondary (see the rule above). */
export const SECONDARY = [
  '.muted',
  '.hint',
  '.kind',
  '.tag',
  '.secondary',
  '.setup-note',
  '.debrief-unit',
  '.debrief-tick',
  'svg text',
  'thead th',
  'small',
  'kbd',
  '.tb-sub',
  '.tb-tagline',
  '.timer-label',
  '#topbar button',
].join(', ');

const SEED = 1997;

export interface Offender {
  size: number;
  kind: 'body' | 'secondary';
  /** The element's tag and classes, e.g. `p.muted`, under its nearest region. */
  where: string;
  text: string;
}

export interface ScreenReport {
  screen: string;
  lang: 'de' | 'en';
  /** Smallest sizes seen (Infinity: no such text on the screen). */
  body: number;
  secondary: number;
  /** Texts below their threshold, smallest first (a few per screen). */
  small: Offender[];
  cut: string[];
  overlaps: string[];
}

type Measured = Omit<ScreenReport, 'screen' | 'lang'>;

/** Measures the screen as it stands; runs in the page. */
function measureInPage([secondary, bodyMin, secondaryMin]: [string, number, number]): Measured {
  const describe = (e: Element): string => {
    const region = e.closest('dialog, #topbar, #panel, #overlay, .debrief');
    const own = `${e.tagName.toLowerCase()}${[...e.classList].map((c) => `.${c}`).join('')}`;
    const key = e.closest('[data-key]')?.getAttribute('data-key');
    return `${region ? `${region.id ? `#${region.id}` : region.tagName.toLowerCase() + (region.classList[0] ? `.${region.classList[0]}` : '')} ` : ''}${own}${key ? `[${key}]` : ''}`;
  };
  const clippedAway = new Map<Element, boolean>();
  const clipped = (e: Element | null): boolean => {
    if (!e || e === document.body) return false;
    if (clippedAway.has(e)) return clippedAway.get(e)!;
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    const away = (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) || clipped(e.parentElement);
    clippedAway.set(e, away);
    return away;
  };
  const shownSize = (e: Element): number => {
    let size = parseFloat(getComputedStyle(e).fontSize) * ((e as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    if (e instanceof SVGElement) {
      const m = (e as SVGGraphicsElement).getScreenCTM?.();
      if (m) size *= Math.hypot(m.a, m.b);
    }
    return Math.round(size * 10) / 10;
  };
  const visible = (e: Element) => e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true } as CheckVisibilityOptions) && !clipped(e);

  const out: Measured = { body: Infinity, secondary: Infinity, small: [], cut: [], overlaps: [] };
  const seen = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    let e = node.parentElement;
    // The board (src/board) is checked by test/e2e/projectors.test.ts; its picker is scaled with the canvas by a transform.
    if (!text || !e || e.closest('script, style, noscript, template, #board')) continue;
    // A drop-down list shows its chosen option in the select's own font; the other options only when it is open.
    if (e.closest('option')) {
      const select = e.closest('select');
      if (!select || select.selectedOptions[0] !== e.closest('option')) continue;
      e = select;
    }
    if (!visible(e)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1) && e.tagName !== 'SELECT') continue;
    const kind = e.closest(secondary) ? 'secondary' : 'body';
    const size = shownSize(e);
    out[kind] = Math.min(out[kind], size);
    if (size < (kind === 'body' ? bodyMin : secondaryMin)) {
      const where = describe(e);
      if (!seen.has(`${kind}|${size}|${where}`)) {
        seen.add(`${kind}|${size}|${where}`);
        out.small.push({ size, kind, where, text: text.slice(0, 48) });
      }
    }
  }
  out.small.sort((a, b) => a.size - b.size);

  // Cut off: ellipses, contents sticking out of buttons, labels and cells, regions scrolling sideways.
  for (const e of document.querySelectorAll('body *')) {
    if (!(e instanceof HTMLElement) || !e.textContent?.trim() || !visible(e)) continue;
    const style = getComputedStyle(e);
    const wide = e.scrollWidth - e.clientWidth;
    const tall = e.scrollHeight - e.clientHeight;
    if (style.textOverflow === 'ellipsis' && wide > 0) out.cut.push(`${describe(e)} ellipsis: "${e.textContent.trim().slice(0, 40)}"`);
    else if (e.matches('button, label, summary, th, td, .role-chip') && style.display !== 'contents' && (wide > 1 || (tall > 1 && style.overflowY !== 'visible')))
      out.cut.push(`${describe(e)} sticks out ${wide}×${tall} px: "${e.textContent.trim().slice(0, 40)}"`);
  }
  // A chart's label drawn past the edge of its SVG is cut by it.
  for (const label of document.querySelectorAll('svg text')) {
    const svg = (label as SVGTextElement).ownerSVGElement;
    if (!svg || !label.textContent?.trim() || !visible(label)) continue;
    const r = label.getBoundingClientRect();
    const frame = svg.getBoundingClientRect();
    if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) out.cut.push(`${describe(label)} drawn past its chart: "${label.textContent.trim().slice(0, 40)}"`);
  }
  for (const region of document.querySelectorAll('#topbar, #panel, dialog[open], .debrief')) {
    const wide = region.scrollWidth - region.clientWidth;
    if (wide > 0 && visible(region)) out.cut.push(`${describe(region)} scrolls sideways by ${wide} px`);
  }

  // Overlapping controls within one region (an open dialog covers the rest, so only it counts then).
  const dialogs = [...document.querySelectorAll('dialog[open]')];
  const regions = dialogs.length > 0 ? dialogs : [...document.querySelectorAll('#topbar, #panel')];
  for (const region of regions) {
    const boxes = [...region.querySelectorAll('button, select, input, textarea, label, summary')]
      .filter((c) => visible(c))
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.c.contains(b.c) || b.c.contains(a.c)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const hgt = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && hgt > 1) out.overlaps.push(`${describe(a.c)} "${a.c.textContent!.trim().slice(0, 24)}" × ${describe(b.c)} "${b.c.textContent!.trim().slice(0, 24)}"`);
      }
  }
  return out;
}

/** Measures the screen as it stands. */
export async function measure(page: Page): Promise<Measured> {
  return page.evaluate(measureInPage, [SECONDARY, BODY_MIN, SECONDARY_MIN] as [string, number, number]);
}

async function language(page: Page, lang: 'de' | 'en'): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === lang) return;
  await page.click('[data-key="topbar-language"]');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** A dialog the topbar opens by a key, shown until `close`. */
interface Opened {
  open: () => Promise<void>;
  close: () => Promise<void>;
}

/** A key that opens a dialog, and Escape that closes it. */
function dialogByKey(page: Page, key: string, name: string): Opened {
  return {
    open: async () => {
      await page.keyboard.press(key);
      await page.locator(`dialog[open][data-key="${name}"], dialog[open].${name}`).first().waitFor();
    },
    close: async () => {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    },
  };
}

/**
 * Goes through every projected screen of a session, measuring each in German and in English; `seen` gets each report
 * as it comes. The session is played in German between the screens, as the screenshot script does.
 */
export async function everyScreen(page: Page, seen: (report: ScreenReport) => void, shots?: string): Promise<ScreenReport[]> {
  const reports: ScreenReport[] = [];
  const both = async (screen: string, dialog?: Opened) => {
    for (const lang of ['de', 'en'] as const) {
      await language(page, lang);
      await dialog?.open();
      const report = { screen, lang, ...(await measure(page)) };
      if (shots) await page.screenshot({ path: `${shots}/${screen.replace(/[^a-z]+/gi, '-')}-${lang}.png` });
      await dialog?.close();
      reports.push(report);
      seen(report);
    }
    await language(page, 'de');
  };
  // The phase's English name, from the German one the topbar shows between the screens.
  const phase = async () => {
    const shown = await phaseLabel(page);
    return (Object.keys(PHASE_NAMES) as Phase[]).find((p) => PHASE_NAMES[p].de === shown) ?? shown;
  };

  await chooseSeats(page, SEED);
  await both('setup');
  await both('help (setup)', dialogByKey(page, '?', 'help'));
  await startGame(page);
  for (let done = 0; done < 9; done++) {
    const name = await phase();
    await both(name);
    if (name === 'briefings') {
      await page.click('[data-key^="handover-"]');
      await both('briefings: hand-over');
      await page.click('[data-key="reveal"]');
      await page.locator('[data-key="briefing-hide"]').waitFor();
      await both('briefings: briefing');
      await page.click('[data-key="briefing-hide"]');
    }
    if (name === 'negotiation') {
      const toggle = page.locator('#panel .proposal-head .toggle').first();
      if ((await toggle.count()) > 0) {
        await toggle.click();
        await both('negotiation: card opened');
      }
      await both('help', dialogByKey(page, '?', 'help'));
      await both('tools', dialogByKey(page, 'm', 'tools'));
    }
    await nextPhase(page);
  }
  for (let steps = 0; (await phase()) !== 'debrief'; steps++) {
    if (steps > 400) throw new Error('never reached the debrief');
    await nextPhase(page);
  }
  for (const section of ['course', 'why', 'scores', 'decisions']) {
    await page.click(`[data-key="debrief-section-${section}"]`);
    await both(`debrief: ${section}`);
  }
  // A mark on the course's time axis chosen, with its details open; chosen again, it closes.
  await page.click('[data-key="debrief-section-course"]');
  const mark = page.locator('.debrief-mark').first();
  if ((await mark.count()) > 0) {
    await mark.click();
    await both('debrief: course mark');
    await mark.click();
  }
  await page.click('[data-key="debrief-section-decisions"]');
  // The decisions' report parts, each opened alone: the action concept as a document and the operator report.
  for (const [part, screen] of [['concept-doc', 'concept doc'], ['report', 'report']]) {
    await page.click(`[data-key="debrief-${part}"]`);
    await both(`debrief: ${screen}`);
    await page.click(`[data-key="debrief-${part}"]`);
  }
  await page.click('[data-key="debrief-section-discussion"]');
  for (const step of ['happened', 'why', 'practice']) {
    await page.click(`[data-key="debrief-step-${step}"]`);
    await both(`debrief: discussion ${step}`);
  }
  await both('tools (debrief)', dialogByKey(page, 'm', 'tools'));
  return reports;
}

/** Whether a report breaks the rule. */
export function failing(r: ScreenReport): boolean {
  return r.small.length > 0 || r.cut.length > 0 || r.overlaps.length > 0;
}

const px = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function printRow(r: ScreenReport): void {
  const flag = (n: number, min: number) => `${px(n)}${n < min ? ' !' : '  '}`;
  console.log(`${r.screen.padEnd(28)} ${r.lang}  body ${flag(r.body, BODY_MIN).padStart(7)}  secondary ${flag(r.secondary, SECONDARY_MIN).padStart(7)}${failing(r) ? '  FLAGGED' : ''}`);
  for (const s of r.small.slice(0, 8)) console.log(`    ${s.kind} ${px(s.size)} px  ${s.where}  "${s.text}"`);
  if (r.small.length > 8) console.log(`    … and ${r.small.length - 8} more small texts`);
  for (const c of r.cut.slice(0, 6)) console.log(`    cut: ${c}`);
  if (r.cut.length > 6) console.log(`    … and ${r.cut.length - 6} more cut`);
  for (const o of r.overlaps.slice(0, 6)) console.log(`    overlap: ${o}`);
  if (r.overlaps.length > 6) console.log(`    … and ${r.overlaps.length - 6} more overlaps`);
}

async function main(): Promise<number> {
  const app = await buildAndServe();
  const browser = await launchChromium();
  if (!browser) {
    await app.close();
    return 1;
  }
  try {
    const { context, page, problems } = await freshPage(browser, 'de');
    await page.goto(app.url);
    console.log(`smallest computed font size per screen at 1920×1080, CSS px (body ≥ ${BODY_MIN}, secondary ≥ ${SECONDARY_MIN}; ! below)`);
    // `npm run fonts -- --shots DIR` also writes a picture of each screen measured.
    const at = process.argv.indexOf('--shots');
    const shots = at > 0 ? process.argv[at + 1] : undefined;
    if (shots) mkdirSync(shots, { recursive: true });
    const reports = await everyScreen(page, printRow, shots);
    await context.close();
    const flagged = reports.filter(failing).length;
    console.log(flagged === 0 ? 'every screen passes' : `${flagged} of ${reports.length} screens flagged`);
    if (problems.length > 0) console.error(`console problems during the run:\n  ${problems.join('\n  ')}`);
    return flagged > 0 || problems.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
  }
}

if (process.argv[1]?.endsWith('fontSizes.ts')) process.exitCode = await main();
