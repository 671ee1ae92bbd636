// Writes dist/schema.json (JSON Schema draft 2020-12) from the built zod schema. It runs at build
// time so that zod's toJSONSchema never reaches the runtime bundle.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { Curriculum, SCHEMA_VERSION } from '../dist/schema.js';

const generated = z.toJSONSchema(Curriculum, {
  target: 'draft-2020-12',
  // The authored form: fields with defaults (skills, roles, optional, …) may be left out.
  io: 'input',
  unrepresentable: 'throw',
});

const schema = {
  $schema: generated.$schema,
  $id: `urn:trailmark:curriculum:schema-version:${SCHEMA_VERSION}`,
  title: 'Trailmark curriculum',
  description:
    'A learning roadmap for @trailmark/curriculum: levels of modules of topics, with skills, roles and resources. This schema checks the shape; parseCurriculum also checks ids are unique, references resolve, prerequisites have no cycles, every translated text has the defaultLocale, links parse, and dates are on the calendar (no 30 February).',
  ...generated,
};

const target = new URL('../dist/schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`schema: wrote dist/schema.json (${JSON.stringify(schema).length} bytes)`);
