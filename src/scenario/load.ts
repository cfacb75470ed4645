/** The one scenario loader for the game and the command line: parse, validate, cross-check, and never throw. */
import { LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { jsonSyntaxError } from './jsonSyntax';
import type { Finding, ProblemDetail, SyntaxDetail } from './findings';
import { problemMessage } from './messages';
import { lineColumn, locator, type Locate, type Position } from './positions';
import { severityOf, type Problem } from './problems';
import { formatPath, type Path } from './rawData';
import { consistencyFindings } from './consistency';
import { referenceFindings } from './references';
import { scenarioSchema, type Language, type Scenario } from './schema';
import { schemaFindings } from './schemaIssues';

/** A loaded scenario may come with warnings (things that may be intended); a rejected one lists errors and warnings together. */
export type LoadResult = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** Language of the problem sentences (default English). */
  lang?: Language;
}

interface SyntaxFinding {
  position: Position;
  detail: SyntaxDetail;
}

type Parsed = { ok: true; data: unknown; locate: Locate } | { ok: false; errors: SyntaxFinding[] };

/** Loads a scenario from its text: JSON when `file` ends in .json, YAML otherwise; every problem found, sorted by place. */
export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const lang = options.lang ?? 'en';
  // Editors on Windows may start a file with a byte-order mark, which neither parser accepts.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const parsed = /\.json$/i.test(file) ? parseJson(text) : parseYaml(text);
  const problem = (position: Position, path: Path, detail: ProblemDetail): Problem => ({
    file,
    line: position.line,
    column: position.column,
    path: formatPath(path),
    code: detail.code,
    severity: severityOf(detail.code),
    message: problemMessage(detail, lang),
    lang,
  });
  if (!parsed.ok) {
    return { ok: false, problems: byPlace(parsed.errors.map(({ position, detail }) => problem(position, [], { code: 'syntax', ...detail }))) };
  }
  const result = scenarioSchema.safeParse(parsed.data);
  const findings = withoutEchoes([
    ...(result.success ? [] : schemaFindings(result.error.issues, parsed.data)),
    ...referenceFindings(parsed.data),
    // Figures are compared only once every one of them is valid on its own.
    ...(result.success ? consistencyFindings(result.data) : []),
  ]);
  const problems = byPlace(findings.map(({ path, at, detail }) => problem(parsed.locate(path, at), path, detail)));
  if (result.success && problems.every((p) => p.severity === 'warning')) return { ok: true, scenario: result.data, warnings: problems };
  return { ok: false, problems };
}

/** A misspelt key also leaves the key it was meant to be missing; the "did you mean" already says so. */
function withoutEchoes(findings: Finding[]): Finding[] {
  const meant = new Set(
    findings.flatMap((f) =>
      f.detail.code === 'unknownKey' && f.detail.suggestion ? [formatPath([...f.path.slice(0, -1), f.detail.suggestion])] : [],
    ),
  );
  return findings.filter((f) => f.detail.code !== 'required' || !meant.has(formatPath(f.path)));
}

function byPlace(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function parseYaml(text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Position => lineColumn(text, offset);
  if (doc.errors.length > 0) {
    // One broken line often trips several rules at the same place; the first says it best.
    const seen = new Set<number>();
    const errors = doc.errors.filter(({ pos }) => !seen.has(pos[0]) && seen.add(pos[0]));
    return { ok: false, errors: errors.map(({ pos, code, message }) => ({ position: at(pos[0]), detail: { format: 'YAML', reason: code, text: message } })) };
  }
  try {
    return { ok: true, data: doc.toJS(), locate: locator(doc, lineCounter) };
  } catch (error) {
    // Only aliases make a document without errors fail to convert: one that names no anchor, or too many of them.
    const all = aliases(doc);
    const unresolved = all.find((alias) => !alias.resolve(doc));
    const position = at((unresolved ?? all[0])?.range?.[0] ?? 0);
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ position, detail: { format: 'YAML', ...(unresolved && { reason: 'BAD_ALIAS' }), text } }] };
  }
}

function aliases(doc: Document): Alias[] {
  const found: Alias[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push(node);
    },
  });
  return found;
}

function parseJson(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const found = jsonSyntaxError(text);
    // Should our scanner ever disagree with the engine, keep the engine's verdict and point at the start.
    const detail: SyntaxDetail = found
      ? { format: 'JSON', reason: found.reason, ...(found.found !== undefined && { found: found.found }) }
      : { format: 'JSON', reason: 'expectedValue' };
    return { ok: false, errors: [{ position: lineColumn(text, found?.offset ?? 0), detail }] };
  }
  // JSON is YAML, so the YAML parser yields the node ranges for positions.
  const lineCounter = new LineCounter();
  return { ok: true, data, locate: locator(parseDocument(text, { lineCounter }), lineCounter) };
}
