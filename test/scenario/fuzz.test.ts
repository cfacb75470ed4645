import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load';
import { smallYaml } from './fixture';

type Data = unknown;
type Mutation = { pick: number; kind: 'delete' | 'retype' | 'rename'; value: unknown };

/** Every path to a value inside objects and lists, outermost first. */
function pathsIn(data: Data, prefix: (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return keys.flatMap((key) => [[...prefix, key], ...pathsIn((data as Record<string | number, Data>)[key], [...prefix, key])]);
}

function mutate(data: Data, { pick, kind, value }: Mutation): void {
  const paths = pathsIn(data);
  const path = paths[pick % paths.length];
  if (!path) return;
  const key = path.at(-1) as string | number;
  const parent = path.slice(0, -1).reduce<Data>((node, segment) => (node as Record<string | number, Data>)[segment], data) as Record<string | number, Data>;
  if (kind === 'retype') parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else {
    const old = parent[key];
    delete parent[key];
    if (kind === 'rename') parent[`${String(key).slice(1)}${String(key).slice(0, 1)}`] = old;
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('delete', 'retype', 'rename'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

function expectValidOrClearlyBroken(source: string, file: string): void {
  const result = loadScenario(source, file);
  if (result.ok) return;
  const lines = source.split('\n').length;
  expect(result.problems.length).toBeGreaterThanOrEqual(1);
  for (const problem of result.problems) {
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toMatch(/Invalid input|Unrecognized key|undefined|\[object Object\]/);
  }
}

describe('a mutated scenario is valid or clearly broken, never a crash', () => {
  it('survives deleted keys, changed types and renamed keys, in YAML and JSON', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (mutations, asJson) => {
        const data = parse(smallYaml) as Data;
        mutations.forEach((m) => mutate(data, m));
        const source = asJson ? JSON.stringify(data, null, 2) : stringify(data);
        expectValidOrClearlyBroken(source, asJson ? 'fuzz.json' : 'fuzz.yaml');
      }),
      { numRuns: 300 },
    );
  });

  it('survives a file cut off anywhere or with a stray character inserted', () => {
    const json = JSON.stringify(parse(smallYaml), null, 2);
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 2 }), fc.boolean(), (at, insert, asJson) => {
        const text = asJson ? json : smallYaml;
        const cut = at % (text.length + 1);
        const file = asJson ? 'fuzz.json' : 'fuzz.yaml';
        expectValidOrClearlyBroken(text.slice(0, cut), file);
        expectValidOrClearlyBroken(text.slice(0, cut) + insert + text.slice(cut), file);
      }),
      { numRuns: 300 },
    );
  });
});
