/** The published JSON Schema of scenario files, generated from the zod schema so it is never kept by hand. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

/** Where the generated schema is committed, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'scenarios/scenario.schema.json';

/** A stable name for the format; a URN, because the schema is not served from any web address. */
export const SCENARIO_SCHEMA_ID = 'urn:quartier:scenario:1';

type JsonObject = Record<string, unknown>;

/** zod writes `.int()` without bounds as ±2^53−1; editors show those as noise. */
function dropSafeIntegerBounds(json: JsonObject): void {
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
}

/** The JSON Schema of what an author may write (defaults included, so fields with one are optional). */
export function scenarioJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    // Draft 7: the newest draft that the YAML language server and most editors fully support.
    target: 'draft-07',
    override: ({ jsonSchema }) => dropSafeIntegerBounds(jsonSchema as JsonObject),
  }) as JsonObject;
  const { $schema, ...body } = generated;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Quartier scenario',
    description: 'A scenario of the planning game Quartier. Generated from src/scenario/schema.ts by `npm run schema`; do not edit.',
    ...body,
  };
}

/** The schema file's text exactly as committed: two-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
