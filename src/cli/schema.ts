/** `npm run schema`: writes the JSON Schema, the generated parts of the scenario guide and the model description's parameter table from the zod schema. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../scenario/jsonSchema';
import { GUIDE_FILE, TUTORIAL_FILE, renderGuide } from '../scenario/scenarioGuide';
import { MODEL_DOCS, renderModelDoc } from '../scenario/modelDoc';
import { LANGUAGES } from '../scenario/schema';

const root = resolve(import.meta.dirname, '../..');
const path = (file: string) => resolve(root, file);

/** Writes a file only when its text changes, and says which it touched. */
function update(file: string, text: string): void {
  if (existsSync(path(file)) && readFileSync(path(file), 'utf8') === text) {
    console.log(`unchanged ${file}`);
    return;
  }
  writeFileSync(path(file), text);
  console.log(`wrote     ${file}`);
}

update(JSON_SCHEMA_FILE, scenarioJsonSchemaText());

const guide = renderGuide(readFileSync(path(GUIDE_FILE), 'utf8'), readFileSync(path(TUTORIAL_FILE), 'utf8'));
update(GUIDE_FILE, guide.text);

if (guide.undescribed.length > 0) {
  console.log(`\nFields without a description of their own in src/scenario/schema.ts (${guide.undescribed.length}):`);
  console.log(`  ${guide.undescribed.join(', ')}`);
}
if (guide.unexampled.length > 0) {
  console.log(`\nFields with no default that ${TUTORIAL_FILE} does not show, so the guide has no example:`);
  console.log(`  ${guide.unexampled.join(', ')}`);
}

for (const lang of LANGUAGES) {
  const doc = MODEL_DOCS[lang];
  update(doc, renderModelDoc(readFileSync(path(doc), 'utf8'), lang));
}
