import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderStarter, STARTER } from '../../src/cli/starter.js';
import { parseCurriculum } from '../../src/parse.js';
import { PACKAGE_ROOT } from './helpers.js';

const SCHEMA_PATH = './node_modules/@trailmark/curriculum/dist/schema.json';

function schemaValidator() {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist/schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the starter curriculum of "trailmark init"', () => {
  it('is a valid curriculum, with a project in every level', () => {
    const result = parseCurriculum(STARTER);
    expect(result.issues).toBeUndefined();
    for (const level of result.value?.levels ?? []) {
      const kinds = level.modules.flatMap((module) => module.topics.map((topic) => topic.kind));
      expect(kinds).toContain('project');
    }
  });

  it('as JSON, with its "$schema" key, passes the shipped JSON Schema and parseCurriculum', () => {
    const document = JSON.parse(renderStarter('json', SCHEMA_PATH));
    expect(document.$schema).toBe(SCHEMA_PATH);
    const validate = schemaValidator();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(parseCurriculum(document).ok).toBe(true);
  });

  it('as YAML, starts with the yaml-language-server line and reads back the same', () => {
    const text = renderStarter('yaml', SCHEMA_PATH);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_PATH}`);
    const document = parse(text);
    expect(document).toEqual(STARTER);
    expect(schemaValidator()(document)).toBe(true);
  });

  it('never points at a remote host', () => {
    for (const format of ['json', 'yaml'] as const) {
      const text = renderStarter(format, SCHEMA_PATH);
      const schemaLine = text.split('\n').find((line) => line.includes('schema.json'));
      expect(schemaLine).toContain(SCHEMA_PATH);
      expect(schemaLine).not.toMatch(/https?:/);
    }
  });
});
