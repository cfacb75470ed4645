import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, SCENARIO_SCHEMA_ID, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';

const committed = () => readFileSync(resolve(import.meta.dirname, '../..', JSON_SCHEMA_FILE), 'utf8');

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates now', () => {
    expect(committed(), `${JSON_SCHEMA_FILE} is out of date with src/scenario/schema.ts: run \`npm run schema\``).toBe(
      scenarioJsonSchemaText(),
    );
  });

  it('is generated the same way twice', () => {
    expect(scenarioJsonSchemaText()).toBe(scenarioJsonSchemaText());
  });

  it('names itself and describes what an author writes, with defaults and descriptions', () => {
    const schema = scenarioJsonSchema() as { $id: string; title: string; required: string[]; properties: Record<string, any> };
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(schema.title).toBe('Quartier scenario');
    expect(schema.required).not.toContain('parameters');
    const measure = schema.properties.measures.items.properties;
    expect(measure.leadTime.default).toBe(0);
    expect(measure.leadTime.description).toMatch(/decision/);
    expect(schema.properties.parameters.properties.maxOutRate.default).toBe(0.35);
  });

  it('leaves out the unbounded limits zod writes for whole numbers', () => {
    expect(scenarioJsonSchemaText()).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });
});
