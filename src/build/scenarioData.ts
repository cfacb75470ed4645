/**
 * A Vite plugin for the bundled scenarios, built in without the YAML's comments and layout (the trainers' notes in
 * the files) so they fit the size budget of the page (src/cli/bundleSize.ts):
 *
 * - `scenarios/x.yaml?data` imports a scenario's data into the page: the one a fresh start opens.
 * - `scenarios/x.yaml?script` imports the name of a classic script, `scenario-x.js` beside index.html, that holds the
 *   scenario's text and is loaded only when it is chosen (src/app/bundled.ts). Classic scripts load from file:// too,
 *   so a copied folder offers every scenario. The dev server makes the script when asked for it.
 * - `docs/x.md?script` does the same for a document the page shows on demand (`doc-x.js`, the model card's description).
 *
 * The game turns the data back into text (JSON, which the YAML loader reads as it is) and loads it as any file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { parseDocument } from 'yaml';

/** A scenario file's data as JSON text; the file must parse without errors. */
export function scenarioDataText(yaml: string, file = 'scenario'): string {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  return JSON.stringify(doc.toJS());
}

/** The global the scenario scripts fill, by scenario file name without `.yaml`. */
export const SCENARIO_GLOBAL = 'quartierScenarios';

export const scriptName = (name: string) => `scenario-${name}.js`;

/** The classic script that hands a scenario's text to the page. */
export function scenarioScript(name: string, yaml: string, file = name): string {
  return `(globalThis.${SCENARIO_GLOBAL} ||= {})[${JSON.stringify(name)}] = ${JSON.stringify(scenarioDataText(yaml, file))};\n`;
}

const SCRIPT_URL = /^\/scenario-([a-z0-9-]+)\.js(?:\?.*)?$/;

/** The global the document scripts fill, by document file name without `.md`. */
export const DOC_GLOBAL = 'quartierDocs';

export const docScriptName = (name: string) => `doc-${name}.js`;

/** The classic script that hands a document's text to the page. */
export function docScript(name: string, text: string): string {
  return `(globalThis.${DOC_GLOBAL} ||= {})[${JSON.stringify(name)}] = ${JSON.stringify(text)};\n`;
}

const DOC_URL = /^\/doc-([a-z0-9.-]+)\.js(?:\?.*)?$/;

export function scenarioData(): Plugin {
  let building = false;
  let root = process.cwd();
  return {
    name: 'quartier:scenario-data',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    load(id) {
      // The dev server may add its own parameters (`?import&data`).
      const [file, query] = id.split('?');
      if (!file || query === undefined) return undefined;
      const params = new URLSearchParams(query);
      if (params.has('data')) {
        this.addWatchFile(file);
        // A JavaScript object literal: keys unquoted once minified, smaller than the same JSON inside a string.
        return { code: `export default ${scenarioDataText(readFileSync(file, 'utf8'), file)};`, map: null };
      }
      if (params.has('script') && file.endsWith('.md')) {
        const name = basename(file, '.md');
        if (building) this.emitFile({ type: 'asset', fileName: docScriptName(name), source: docScript(name, readFileSync(file, 'utf8')) });
        return { code: `export default ${JSON.stringify(docScriptName(name))};`, map: null };
      }
      if (params.has('script')) {
        const name = basename(file, '.yaml');
        if (building) this.emitFile({ type: 'asset', fileName: scriptName(name), source: scenarioScript(name, readFileSync(file, 'utf8'), file) });
        return { code: `export default ${JSON.stringify(scriptName(name))};`, map: null };
      }
      return undefined;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const doc = DOC_URL.exec(req.url ?? '')?.[1];
        const docFile = doc && join(root, 'docs', `${doc}.md`);
        if (doc && docFile && existsSync(docFile)) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(docScript(doc, readFileSync(docFile, 'utf8')));
          return;
        }
        const name = SCRIPT_URL.exec(req.url ?? '')?.[1];
        const file = name && join(root, 'scenarios', `${name}.yaml`);
        if (!name || !file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(scenarioScript(name, readFileSync(file, 'utf8'), file));
      });
    },
  };
}
