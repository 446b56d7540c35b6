// Compiles a JSON Schema with ajv (draft 2020-12) in strict mode and prints what happened as JSON:
//   node ajv-strict.mjs SCHEMA.json  →  {"compiled": true} or {"compiled": false, "error": "…"}
// Strict mode refuses anything it would otherwise ignore: unknown keywords and formats, union
// type arrays, keywords that cannot apply to the declared type, required keys without properties.
// The only additions are the two annotation keywords editors read (declared as a vocabulary, so
// strict mode still refuses any other unknown word) and the standard formats (ajv-formats).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

const EDITOR_KEYWORDS = ['markdownEnumDescriptions', 'patternErrorMessage'];

function strictAjv() {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

function compiles(schema) {
  try {
    strictAjv().compile(schema);
    return { compiled: true };
  } catch (e) {
    return { compiled: false, error: e.message };
  }
}

const result = compiles(JSON.parse(readFileSync(process.argv[2], 'utf8')));
// Proof that the mode is strict: a union type array, which the plan schema used to have, is refused.
result.unionTypeRefused = !compiles({ type: ['string', 'number'] }).compiled;
process.stdout.write(JSON.stringify(result));
