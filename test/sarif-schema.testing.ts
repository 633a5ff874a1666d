/**
 * Test helper: validates a SARIF log against the SARIF 2.1.0 JSON schema (test/fixtures/sarif-2.1.0-rtm.5.json, a
 * draft-04 schema: Ajv's draft-04 class, with the formats it names, such as `uri-reference` and `date-time`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's pattern for `language` has a stray `]` (`^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which a regular expression
// in unicode mode refuses: its patterns are compiled as the schema was written for, without the `u` flag.
const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** What the schema finds wrong with `log` (`/runs/0/results/3 must have required property 'message'`); empty when valid. */
export function validateSarif(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
