/** Session files: versioned JSON with the scenario's hash; a damaged or mismatched file gives a clear problem, never a crash. */
import { z } from 'zod';
import { jsonSyntaxError } from '../scenario/jsonSyntax';
import { jsonTooDeep } from '../scenario/nesting';
import { lineColumn } from '../scenario/positions';
import { CONCEPT_COMPONENTS, type Language, type Scenario } from '../scenario/schema';
import { baseScenario, modelYears, timeProblem, withTime } from './gameLength';
import { version1Hash, version1Rules } from './legacy';
import { scenarioHash, type Session } from './session';
import { REASON_CODES, STANCES } from './types';

export const SESSION_FORMAT = 'quartier-session';
/**
 * Format 1 began before the limits on measures (legacy.ts); format 2 logged the computer roles' reasons as sentences;
 * format 3 logs them as codes with parameters; format 4 may keep a length of play chosen at setup (`time`: rounds and
 * years per round), and a file without one plays at its scenario's length. Formats 2 to 4 play under today's rules.
 */
export const SESSION_VERSION = 4;
/** Longer session files (in characters) are refused: a whole game is about 150,000, so this holds over a hundred games. */
export const MAX_SESSION_LENGTH = 20 * 1024 * 1024;

const text = z.strictObject({ de: z.string(), en: z.string() });
/** A computer role's reason: a code with its details, or the sentence itself in files of format 1 and 2. */
const reason = z.union([z.strictObject({ code: z.enum(REASON_CODES), params: z.record(z.string(), z.union([z.string(), z.number().finite()])) }), text]);
const participation = z.enum(['none', 'inform', 'consult', 'codecide']);
const amount = z.number().finite();
const role = z.string();
const proposal = z.string();

const action = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('table'),
    role,
    measure: z.string(),
    district: z.string().optional(),
    scale: z.number(),
    financing: z.record(z.string(), amount).optional(),
    partners: z.array(z.string()).optional(),
    participation: participation.optional(),
  }),
  z.strictObject({
    type: z.literal('pledge'),
    role,
    proposal,
    condition: z.string().optional(),
    money: amount.optional(),
    staffTime: amount.optional(),
    volunteerHours: amount.optional(),
  }),
  z.strictObject({ type: z.literal('withdraw'), role, proposal }),
  z.strictObject({ type: z.literal('support'), role, proposal }),
  z.strictObject({ type: z.literal('oppose'), role, proposal }),
  z.strictObject({
    type: z.literal('amend'),
    role,
    proposal,
    scale: z.number().optional(),
    participation: participation.optional(),
    financing: z.record(z.string(), amount).optional(),
  }),
  z.strictObject({ type: z.literal('dots'), role, proposal, count: z.number() }),
  z.strictObject({ type: z.literal('concept'), role, component: z.enum(CONCEPT_COMPONENTS), staffTime: amount }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('callDecision') }),
  z.strictObject({ type: z.literal('lastMoves') }),
  z.strictObject({ type: z.literal('injectEvent'), event: z.string() }),
  z.strictObject({ type: z.literal('seat'), role, controller: z.enum(['human', 'bot']), stance: z.enum(STANCES).optional() }),
  z.strictObject({ type: z.literal('rule'), rule: z.enum(['consent', 'majority', 'dots']) }),
]);

const seat = z.strictObject({ controller: z.enum(['human', 'bot']), stance: z.enum(STANCES) });

const sessionFile = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  // Format 1 files are read and go on under the rules they began with (legacy.ts).
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(SESSION_VERSION)]),
  scenario: z.strictObject({ id: z.string(), hash: z.string(), file: z.string().optional() }),
  seed: z.number().int().min(0),
  seats: z.record(z.string(), seat),
  time: z.strictObject({ turns: z.number().int().min(1), turnLength: z.number().int().min(1) }).optional(),
  log: z.array(z.strictObject({ action, reason: reason.optional() })),
  finalHash: z.string().optional(),
});

export type SessionFile = z.infer<typeof sessionFile>;

/** The session as a file: pretty JSON, with where the scenario lives and the final state hash for checking. */
export function sessionToJson(session: Session, extra: { file?: string; finalHash?: string } = {}): string {
  const file: SessionFile = {
    format: SESSION_FORMAT,
    version: session.rulesVersion ?? SESSION_VERSION,
    scenario: { ...session.scenario, ...(extra.file && { file: extra.file }) },
    seed: session.seed,
    seats: session.seats,
    ...(session.time && { time: session.time }),
    log: session.log,
    ...(extra.finalHash && { finalHash: extra.finalHash }),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type SessionProblem =
  | { code: 'syntax'; line: number; column: number }
  | { code: 'notASession' }
  | { code: 'newerVersion'; version: number }
  | { code: 'damaged'; path: string }
  | { code: 'otherScenario'; expected: string; got: string }
  | { code: 'scenarioChanged' }
  | { code: 'tooLarge'; megabytes: number; max: number }
  | { code: 'unknownSeat'; role: string }
  | { code: 'missingSeat'; role: string }
  | { code: 'badLength'; turns: number; turnLength: number; years: number };

/** The path of the first "__proto__" key in parsed JSON, if any. */
function protoKeyPath(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key === '__proto__') return here;
    const found = protoKeyPath((value as Record<string, unknown>)[key], here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Reads a session file without checking it against a scenario yet. */
export function parseSessionFile(text: string): { ok: true; file: SessionFile } | { ok: false; problem: SessionProblem } {
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.length > MAX_SESSION_LENGTH) {
    return { ok: false, problem: { code: 'tooLarge', megabytes: Math.ceil(source.length / 1024 / 1024), max: MAX_SESSION_LENGTH / 1024 / 1024 } };
  }
  // Nothing the game saves nests deeply; a file that does would overflow the stack of the checks below.
  if (jsonTooDeep(source) !== undefined) return { ok: false, problem: { code: 'damaged', path: '' } };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const at = lineColumn(source, jsonSyntaxError(source)?.offset ?? source.length);
    return { ok: false, problem: { code: 'syntax', line: at.line, column: at.column } };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== SESSION_FORMAT) return { ok: false, problem: { code: 'notASession' } };
  if (typeof head.version === 'number' && head.version > SESSION_VERSION) return { ok: false, problem: { code: 'newerVersion', version: head.version } };
  // JSON.parse keeps "__proto__" as a key, which copying into an object would turn into a prototype: never data.
  const polluted = protoKeyPath(data);
  if (polluted !== undefined) return { ok: false, problem: { code: 'damaged', path: polluted } };
  const parsed = sessionFile.safeParse(data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') ?? '';
    return { ok: false, problem: { code: 'damaged', path } };
  }
  return { ok: true, file: parsed.data };
}

/**
 * The session of a file, if it was saved with exactly this scenario, and the scenario to replay it with: a format-1
 * file is checked against the scenario as format 1 read it and plays under the rules it began with.
 */
export function sessionForScenario(
  file: SessionFile,
  scenario: Scenario,
): { ok: true; session: Session; scenario: Scenario } | { ok: false; problem: SessionProblem } {
  if (file.scenario.id !== scenario.meta.id) return { ok: false, problem: { code: 'otherScenario', expected: file.scenario.id, got: scenario.meta.id } };
  const old = file.version === 1;
  if (file.scenario.hash !== (old ? version1Hash(scenario) : scenarioHash(scenario))) return { ok: false, problem: { code: 'scenarioChanged' } };
  // Seats are data about this scenario's roles: a seat for anything else would change the game's state and its hash.
  const roles = scenario.roles.map((r) => r.id);
  const stranger = Object.keys(file.seats).find((seat) => !roles.includes(seat));
  if (stranger !== undefined) return { ok: false, problem: { code: 'unknownSeat', role: stranger } };
  const empty = roles.find((role) => !Object.hasOwn(file.seats, role));
  if (empty !== undefined) return { ok: false, problem: { code: 'missingSeat', role: empty } };
  // A length of play is data too: one the scenario's years cannot hold would run the model past what the file describes.
  if (file.time && (old || timeProblem(scenario, file.time))) return { ok: false, problem: { code: 'badLength', ...file.time, years: modelYears(baseScenario(scenario)) } };
  const session: Session = {
    scenario: { id: file.scenario.id, hash: file.scenario.hash },
    seed: file.seed,
    seats: file.seats,
    ...(file.time && { time: file.time }),
    log: file.log,
    ...(old && { rulesVersion: 1 as const }),
  };
  return { ok: true, session, scenario: old ? version1Rules(scenario) : withTime(scenario, file.time) };
}

const PROBLEMS: { [K in SessionProblem['code']]: Record<Language, (p: Extract<SessionProblem, { code: K }>) => string> } = {
  syntax: {
    en: (p) => `the file is damaged or cut off: it stops being valid JSON at line ${p.line}, column ${p.column}`,
    de: (p) => `die Datei ist beschädigt oder abgeschnitten: ab Zeile ${p.line}, Spalte ${p.column} ist sie kein gültiges JSON mehr`,
  },
  notASession: { en: () => 'this is not a Quartier session file', de: () => 'das ist keine Quartier-Spielstanddatei' },
  newerVersion: {
    en: (p) => `the file was saved by a newer version of Quartier (session format ${p.version}); please update`,
    de: (p) => `die Datei stammt aus einer neueren Quartier-Version (Format ${p.version}); bitte aktualisieren`,
  },
  damaged: {
    en: (p) => `the file is damaged: ${p.path || 'its contents'} is not what a session file holds`,
    de: (p) => `die Datei ist beschädigt: ${p.path || 'ihr Inhalt'} passt nicht zu einer Spielstanddatei`,
  },
  otherScenario: {
    en: (p) => `the session was played with scenario "${p.expected}", not "${p.got}"`,
    de: (p) => `der Spielstand gehört zum Szenario „${p.expected}“, nicht zu „${p.got}“`,
  },
  scenarioChanged: {
    en: () => 'the scenario file has changed since the session was saved, so it cannot be replayed faithfully',
    de: () => 'die Szenariodatei wurde geändert, seit der Spielstand gespeichert wurde; er lässt sich nicht getreu nachspielen',
  },
  tooLarge: {
    en: (p) => `the file is too large for a session (${p.megabytes} MB; at most ${p.max} MB)`,
    de: (p) => `die Datei ist für einen Spielstand zu groß (${p.megabytes} MB; höchstens ${p.max} MB)`,
  },
  unknownSeat: {
    en: (p) => `the file gives a seat to "${p.role}", which is not a role of this scenario`,
    de: (p) => `die Datei vergibt einen Platz an „${p.role}“, das keine Rolle dieses Szenarios ist`,
  },
  missingSeat: {
    en: (p) => `the file gives no seat to the role "${p.role}"`,
    de: (p) => `die Datei vergibt keinen Platz an die Rolle „${p.role}“`,
  },
  badLength: {
    en: (p) => `the file asks for ${p.turns} rounds of ${p.turnLength} years, but the scenario covers ${p.years} years (rounds of 1 to 5 years)`,
    de: (p) => `die Datei verlangt ${p.turns} Runden zu je ${p.turnLength} Jahren, das Szenario umfasst aber ${p.years} Jahre (Runden von 1 bis 5 Jahren)`,
  },
};

export function sessionProblemMessage(problem: SessionProblem, lang: Language): string {
  return (PROBLEMS[problem.code][lang] as (p: SessionProblem) => string)(problem);
}
