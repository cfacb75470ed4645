/** The one scenario loader for the game and the command line: parse, validate, cross-check, and never throw. */
import { LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { duplicateKeys } from './duplicateKeys';
import { jsonSyntaxError } from './jsonSyntax';
import type { Finding, ProblemDetail, SyntaxDetail } from './findings';
import { jsonTooDeep, MAX_NESTING } from './nesting';
import { problemMessage } from './messages';
import { lineColumn, locator, type Locate, type Position } from './positions';
import { severityOf, type Problem } from './problems';
import { formatPath, type Path } from './rawData';
import { consistencyFindings } from './consistency';
import { referenceFindings } from './references';
import { scenarioSchema, type Language, type Scenario } from './schema';
import { schemaFindings } from './schemaIssues';
import { decodeText, normaliseText } from './textDecoding';
import { parseYamlDocument } from './yamlDocument';
import { mergeKeys, yamlErrors } from './yamlErrors';

/** A loaded scenario may come with warnings (things that may be intended); a rejected one lists errors and warnings together. */
export type LoadResult = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** Language of the problem sentences (default English). */
  lang?: Language;
}

interface SyntaxFinding {
  position: Position;
  detail: ProblemDetail;
}

type Parsed = { ok: true; data: unknown; locate: Locate } | { ok: false; errors: SyntaxFinding[] };

/**
 * Loads a scenario from its text, or from a file's bytes (decoded as textDecoding.ts says): JSON when `file` ends in .json, YAML
 * otherwise; every problem found, sorted by place.
 */
export function loadScenario(source: string | Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  const lang = options.lang ?? 'en';
  const decoded = typeof source === 'string' ? { ok: true as const, text: normaliseText(source) } : decodeText(source);
  const parsed: Parsed = !decoded.ok
    ? { ok: false, errors: [{ position: decoded.position, detail: { code: 'encoding', reason: decoded.reason } }] }
    : /\.json$/i.test(file)
      ? parseJson(decoded.text)
      : parseYaml(decoded.text);
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
    return { ok: false, problems: byPlace(parsed.errors.map(({ position, detail }) => problem(position, [], detail))) };
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
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parsed = parseYamlDocument(text, lineCounter);
  if (!parsed.ok) return { ok: false, errors: [{ position: lineColumn(text, parsed.tooDeep), detail: { code: 'tooDeep', limit: MAX_NESTING } }] };
  const { doc } = parsed;
  const errors = doc.errors.length > 0 ? yamlErrors(doc, (offset) => at(offset).line) : mergeKeys(doc);
  if (errors.length > 0) {
    return { ok: false, errors: errors.map(({ offset, ...detail }) => ({ position: at(offset), detail: { code: 'syntax', format: 'YAML', ...detail } })) };
  }
  try {
    return { ok: true, data: doc.toJS(), locate: locator(doc, lineCounter) };
  } catch (error) {
    // Only aliases make a document without errors fail to convert: one that names no anchor, or too many of them.
    const all = aliases(doc);
    const unresolved = all.find((alias) => !alias.resolve(doc));
    const position = at((unresolved ?? all[0])?.range?.[0] ?? 0);
    const text = error instanceof Error ? error.message : String(error);
    const reason = unresolved ? 'BAD_ALIAS' : all.length > 0 ? 'ALIAS_COUNT' : undefined;
    return { ok: false, errors: [{ position, detail: { code: 'syntax', format: 'YAML', ...(reason && { reason }), text } }] };
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
  const deep = jsonTooDeep(text);
  if (deep !== undefined) return { ok: false, errors: [{ position: lineColumn(text, deep), detail: { code: 'tooDeep', limit: MAX_NESTING } }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const found = jsonSyntaxError(text);
    // Should our scanner ever disagree with the engine, keep the engine's verdict and point at the start.
    const detail: SyntaxDetail = found
      ? { format: 'JSON', reason: found.reason, ...(found.found !== undefined && { found: found.found }) }
      : { format: 'JSON', reason: 'expectedValue' };
    return { ok: false, errors: [{ position: lineColumn(text, found?.offset ?? 0), detail: { code: 'syntax', ...detail } }] };
  }
  // JSON is YAML, so the YAML parser yields the node ranges for positions, and the keys JSON.parse silently let the last one win.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (offset: number) => lineColumn(text, offset);
  const twice = duplicateKeys(doc);
  if (twice.length > 0) {
    return { ok: false, errors: twice.map(({ offset, first }) => ({ position: at(offset), detail: { code: 'syntax', format: 'JSON', reason: 'duplicateKey', firstLine: at(first).line } })) };
  }
  return { ok: true, data, locate: locator(doc, lineCounter) };
}
