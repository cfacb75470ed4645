/**
 * The model card, like a NetLogo model's Info tab: the model description (docs/model*.md, shown as text) with the
 * parameters of the scenario loaded and a calibration table the model works out on the spot.
 */
import modelDe from '../../../docs/model.de.md?script';
import modelEn from '../../../docs/model.md?script';
import { textFromScript } from '../../app/textScript';
import { h, type VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import { runCommand } from '../../app/keyboard';
import type { App } from '../../app/store';
import { component } from '../../app/view/component';
import { button, el, type Child, type Props } from '../../app/view/h';
import { useSlice } from '../../app/view/useSlice';
import { PARAMETERS_MARKER } from '../../scenario/modelDoc';
import { PARAMETER_HEADINGS, parameterAt, parameterRows, parameterValue } from '../../scenario/parameterTable';
import type { Language, Scenario } from '../../scenario/schema';
import { OVERLAY_TEXTS } from '../overlays.texts';
import { Dialog } from '../overlaysDialog';
import { calibrationPlays } from './calibration';
import { parseMarkdown, plainText, type Block, type Inline } from './markdown';
import { MODEL_CARD_TEXTS } from './modelCard.texts';
import './modelCard.css';

/** The seed of the calibration runs before a session has one of its own. */
const SETUP_SEED = 1;
const CALIBRATION_SLOT = 'calibration';

// The global the document scripts fill (DOC_GLOBAL in src/build/scenarioData.ts, which the page does not import).
const DOC_GLOBAL = 'quartierDocs';

/** The descriptions are scripts beside the page, loaded when the card first opens, so the game starts without them. */
const SOURCES: Record<Language, () => Promise<string>> = {
  de: () => textFromScript(modelDe, DOC_GLOBAL, 'model.de'),
  en: () => textFromScript(modelEn, DOC_GLOBAL, 'model'),
};
/** Descriptions already read, by language: a cache of the documents, so the card opens again without loading. */
const parsed = new Map<Language, Block[]>();

/** The description's blocks, or undefined until they have arrived (then the card renders again with them). */
function useBlocks(lang: Language): Block[] | undefined {
  const [, arrived] = useState<Block[]>();
  useEffect(() => {
    if (parsed.has(lang)) return;
    let current = true;
    SOURCES[lang]()
      .then((source) => {
        const blocks = parsed.get(lang) ?? parseMarkdown(source);
        parsed.set(lang, blocks);
        if (current) arrived(blocks);
      })
      // A failed load is tried again the next time the card opens.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [lang]);
  return parsed.get(lang);
}

function inlines(items: readonly Inline[]): Child[] {
  return items.map((i) => {
    if ('children' in i) return el(i.kind, {}, ...inlines(i.children));
    return i.kind === 'code' ? el('code', {}, i.text) : i.text;
  });
}

function table(head: readonly Child[], rows: readonly (readonly Child[])[], attrs: Props = {}): VNode {
  return el(
    'table',
    attrs,
    el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

/** The parameter table of the description, with a column for the scenario loaded. */
function parameterTable(scenario: Scenario, lang: Language): VNode {
  const p = PARAMETER_HEADINGS;
  const head = [p.path, p.meaning, p.unit, p.range, p.fallback, MODEL_CARD_TEXTS.thisScenario, p.source].map((x) => x[lang]);
  const body = parameterRows(lang).map((r) => {
    const name = el('th', { scope: 'row' }, el('code', {}, r.path));
    // A group's meaning runs across the value columns: its fields follow in rows of their own.
    if (r.group) return el('tr', { class: 'group' }, name, el('td', { colspan: '5' }, r.meaning), el('td', { class: 'secondary' }, r.source));
    const value = parameterAt(scenario.parameters, r.path);
    const differs = JSON.stringify(value) !== JSON.stringify(r.fallback);
    const cells = [
      name,
      el('td', {}, r.meaning),
      el('td', {}, r.unit),
      el('td', { class: 'number' }, r.range),
      el('td', { class: 'number' }, parameterValue(r.fallback, lang)),
      el('td', { class: differs ? 'number differs' : 'number' }, parameterValue(value, lang), differs && el('span', { class: 'visually-hidden' }, ` ${MODEL_CARD_TEXTS.differs[lang]}`)),
      el('td', { class: 'secondary' }, r.source),
    ];
    return el('tr', {}, ...cells);
  });
  return el(
    'table',
    { class: 'model-card-parameters' },
    el('thead', {}, el('tr', {}, ...head.map((x) => el('th', { scope: 'col' }, x)))),
    el('tbody', {}, ...body),
  );
}

/** One table per reference play with targets: each target, the model's value for the seed and whether it is met. */
function calibrationTables(scenario: Scenario, seed: number, lang: Language): VNode[] {
  const plays = calibrationPlays(scenario, seed, lang);
  if (plays.length === 0) return [el('p', { class: 'model-card-none' }, MODEL_CARD_TEXTS.noTargets[lang])];
  const x = MODEL_CARD_TEXTS;
  return plays.map((play) => {
    const met = play.rows.filter((r) => r.met).length;
    return el(
      'table',
      { class: 'model-card-calibration', 'data-play': play.id },
      el(
        'caption',
        {},
        `${scenario.meta.title[lang]} · ${x.play[lang](play.name[lang], seed)}`,
        el('span', { class: met === play.rows.length ? 'tally all-met' : 'tally' }, x.tally[lang](met, play.rows.length)),
      ),
      el('thead', {}, el('tr', {}, ...[x.target, x.years, x.band, x.model, x.met, x.source].map((c) => el('th', { scope: 'col' }, c[lang])))),
      el(
        'tbody',
        {},
        ...play.rows.map((r) =>
          el(
            'tr',
            { 'data-met': String(r.met) },
            el('th', { scope: 'row' }, r.indicator),
            el('td', {}, r.years),
            el('td', { class: 'number' }, r.band),
            el('td', { class: 'number' }, r.value),
            el('td', { class: r.met ? 'model-card-verdict met' : 'model-card-verdict missed' }, r.met ? x.yes[lang] : x.no[lang]),
            el('td', { class: 'secondary' }, r.source),
          ),
        ),
      ),
    );
  });
}

interface Rendered {
  title: string;
  sections: { id: string; name: string }[];
  nodes: VNode[];
}

/** The description's blocks as Preact nodes of text: its first heading is the dialog's title, its sections become the contents. */
function description(blocks: readonly Block[], scenario: Scenario, seed: number, lang: Language): Rendered {
  const out: Rendered = { title: '', sections: [], nodes: [] };
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        if (block.level === 1 && !out.title) {
          out.title = plainText(block.inlines);
          break;
        }
        const id = `model-card-section-${out.sections.length}`;
        if (block.level === 2) out.sections.push({ id, name: plainText(block.inlines) });
        const tag = block.level === 2 ? 'h3' : 'h4';
        out.nodes.push(el(tag, block.level === 2 ? { id, tabindex: '-1' } : {}, ...inlines(block.inlines)));
        break;
      }
      case 'paragraph':
        out.nodes.push(el('p', {}, ...inlines(block.inlines)));
        break;
      case 'list':
        out.nodes.push(el(block.ordered ? 'ol' : 'ul', {}, ...block.items.map((item) => el('li', {}, ...inlines(item)))));
        break;
      case 'table':
        out.nodes.push(table(block.head.map((c) => plainText(c)), block.rows.map((r) => r.map((c) => el('span', {}, ...inlines(c)))), { class: 'model-card-table' }));
        break;
      case 'slot':
        if (block.name === PARAMETERS_MARKER) out.nodes.push(parameterTable(scenario, lang));
        if (block.name === CALIBRATION_SLOT) out.nodes.push(...calibrationTables(scenario, seed, lang));
        break;
    }
  }
  return out;
}

/** The button that opens the card, for the setup screen and the debrief. */
export function modelCardOpenButton(app: App, lang: Language, key: string): VNode {
  return button(MODEL_CARD_TEXTS.open[lang], key, () => app.set({ modelCard: true, help: false }), {
    class: 'model-card-open',
    'aria-haspopup': 'dialog',
    title: MODEL_CARD_TEXTS.openHint[lang],
  });
}

/** Scrolls the description to a section and puts the focus on its heading. */
function goTo(id: string): void {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** The open card (overlays.ts shows it only with a scenario): contents and language at the top, the description below, scrolled on its own. */
export const ModelCardDialog = component('ModelCardDialog', ({ app }: { app: App }) => {
  const { lang, scenario, seed } = useSlice(app.store, (s) => ({ lang: s.lang, scenario: s.scenario, seed: s.live?.session.seed ?? SETUP_SEED }));
  const blocks = useBlocks(lang);
  // The calibration runs the model: only a new description, scenario, seed or language asks for it again.
  const doc = useMemo(
    () => (blocks && scenario ? description(blocks, scenario, seed, lang) : { title: MODEL_CARD_TEXTS.open[lang], sections: [], nodes: [el('p', { role: 'status' }, MODEL_CARD_TEXTS.loading[lang])] }),
    [blocks, scenario, seed, lang],
  );
  const close = () => app.set({ modelCard: false });
  const other: Language = lang === 'de' ? 'en' : 'de';
  return h(
    Dialog,
    { name: 'model-card', title: doc.title, onClose: close, onEscape: () => runCommand(app, 'close') },
    el(
      'div',
      { class: 'model-card-bar' },
      el(
        'nav',
        { class: 'model-card-contents', 'aria-label': MODEL_CARD_TEXTS.contents[lang] },
        doc.sections.map((section) => button(section.name, `model-card-go-${section.id}`, () => goTo(section.id), { key: section.id })),
      ),
      el(
        'div',
        { class: 'model-card-actions' },
        button(t('language', lang), 'model-card-language', () => app.setLanguage(other), { lang: other, 'aria-label': t('languageLabel', lang) }),
        button(`${OVERLAY_TEXTS.close[lang]} (Esc)`, 'model-card-close', close, { class: 'primary', autofocus: true }),
      ),
    ),
    el('div', { class: 'model-card-body', tabindex: '0', role: 'region', 'aria-label': MODEL_CARD_TEXTS.body[lang] }, doc.nodes),
  );
});
