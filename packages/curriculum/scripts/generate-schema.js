// Writes dist/schema.json (JSON Schema draft 2020-12) from the built zod schema. It runs at build
// time so that zod's toJSONSchema never reaches the runtime bundle.
//
// Descriptions come from the JSDoc of src/schema.ts, the same comments TypeScript shows on the
// inferred types, so the browser bundle carries none of them. Patterns get the English words of
// the issue parseCurriculum raises for them (`patternErrorMessage`, read by VS Code and
// yaml-language-server), so an editor says "not a valid id" rather than quoting the regex.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import * as z from 'zod/mini';
import { enIssueWords } from '../dist/locale/index.js';
import * as schemas from '../dist/schema.js';

const { Curriculum, SCHEMA_VERSION } = schemas;

/** JSDoc text without its tags; `{@link X}` becomes `X`. */
function docText(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  if (docs.length === 0) return undefined;
  const comment = ts.getTextOfJSDocComment(docs.at(-1).comment);
  return (
    comment
      ?.replace(/\{@link\s+([^}]+)\}/g, '$1')
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

/** `{ Topic: { doc, fields: { kind: '…' } } }` for every exported `z.strictObject({…})`. */
function readObjectDocs() {
  const path = new URL('../src/schema.ts', import.meta.url);
  const source = ts.createSourceFile(
    'schema.ts',
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const objects = {};
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const call = declaration.initializer;
      const shape = call && ts.isCallExpression(call) ? call.arguments[0] : undefined;
      if (!shape || !ts.isObjectLiteralExpression(shape)) continue;
      const fields = {};
      for (const property of shape.properties) {
        const text = docText(property);
        if (text && property.name)
          fields[property.name.getText(source).replace(/^['"]|['"]$/g, '')] = text;
      }
      objects[declaration.name.getText(source)] = { doc: docText(statement), fields };
    }
  }
  return objects;
}

const objectDocs = readObjectDocs();
/** The exported object schemas, told apart by their keys (no two share a key set). */
const exported = new Map(Object.entries(schemas));
const byKeys = new Map(
  Object.entries(objectDocs)
    .filter(([name]) => exported.get(name)?.shape)
    .map(([name, docs]) => [Object.keys(exported.get(name).shape).sort().join(','), docs]),
);

// The subject of each pattern's words, as parseCurriculum's messages name the value.
const got = { type: 'literal', text: 'The value' };
const PATTERN_WORDS = new Map([
  [schemas.ID_PATTERN.source, enIssueWords.invalid_format({ format: 'id', got })],
  [schemas.LOCALE_PATTERN.source, enIssueWords.invalid_format({ format: 'locale', got })],
  [schemas.SEMVER_PATTERN.source, enIssueWords.invalid_format({ format: 'version', got })],
  [schemas.ISO_DATE_PATTERN.source, enIssueWords.invalid_format({ format: 'date', got })],
  [schemas.HTTP_URL_PATTERN.source, enIssueWords.unsafe_url({ got })],
  [
    schemas.TEXT_PATTERN.source,
    `The text ${enIssueWords.too_small({ origin: 'text', blank: true })}`,
  ],
]);

/** A description for plain-text and Markdown readers alike (VS Code prefers the latter). */
const described = (node, text) => ({ ...node, description: text, markdownDescription: text });

/** Adds descriptions and pattern messages everywhere in `node`, returning a copy. */
function document(node) {
  if (Array.isArray(node)) return node.map(document);
  if (node === null || typeof node !== 'object') return node;
  let out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, document(value)]));
  if (typeof out.pattern === 'string') {
    const words = PATTERN_WORDS.get(out.pattern);
    if (!words) throw new Error(`schema.json: no words for the pattern ${out.pattern}`);
    out.patternErrorMessage = words;
  }
  if (out.properties) {
    const docs = byKeys.get(Object.keys(out.properties).sort().join(','));
    if (!docs)
      throw new Error(
        `schema.json: no documented object has the keys of ${Object.keys(out.properties)}`,
      );
    if (docs.doc && !out.description) out = described(out, docs.doc);
    for (const [key, value] of Object.entries(out.properties)) {
      const text = docs.fields[key];
      if (!text) throw new Error(`schema.json: ${key} has no JSDoc in src/schema.ts`);
      out.properties[key] = described(value, text);
    }
  }
  return out;
}

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
  ...document(generated),
  description:
    'A learning roadmap for @trailmark/curriculum: levels of modules of topics, with skills, roles and resources. This schema checks the shape; parseCurriculum also checks ids are unique, references resolve, prerequisites have no cycles, every translated text has the defaultLocale, links parse, and dates are on the calendar (no 30 February).',
};
schema.markdownDescription = schema.description;

const target = new URL('../dist/schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`schema: wrote dist/schema.json (${JSON.stringify(schema).length} bytes)`);
