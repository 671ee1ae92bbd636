/**
 * writeSource: a curriculum back to text, which reads back to the same curriculum.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../src/index.js';
import { llmEngineer } from '../src/roadmaps/llm-engineer.js';
import { readSource, writeSource } from '../src/source.js';
import { fixture } from './fixture.js';

function readBack(text: string) {
  const read = readSource(text);
  if (!read.ok) throw new Error(read.issues[0].message);
  return read.value;
}

describe('writeSource', () => {
  it.each(['json', 'yaml'] as const)(
    'writes the built-in roadmap as %s that parses back the same',
    (format) => {
      const text = writeSource(llmEngineer, format);
      expect(readSource(text).format).toBe(format);
      const parsed = parseCurriculum(readBack(text));
      expect(parsed.ok && parsed.value).toEqual(llmEngineer);
    },
  );

  it('puts the header comments, and $schema when given, at the top of YAML', () => {
    const lines = writeSource(fixture(), 'yaml', { schema: './schema.json' }).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./schema.json');
    const header = lines.slice(1, lines.indexOf(''));
    expect(header.length).toBeGreaterThan(5);
    expect(header.every((line) => line.startsWith('# '))).toBe(true);
    // Every value of the closed lists is named, so an author need not look them up.
    for (const value of ['concept', 'practice', 'project', 'dataset', 'collaboration']) {
      expect(header.join('\n')).toContain(value);
    }
    const plain = writeSource(fixture(), 'yaml').split('\n');
    expect(plain.slice(0, header.length)).toEqual(header);
  });

  it('replaces a $schema the curriculum holds with the one given, or drops it', () => {
    const withSchema = { ...fixture(), $schema: 'https://old.example/schema.json' };
    expect(readBack(writeSource(withSchema, 'json', { schema: 'new.json' }))).toMatchObject({
      $schema: 'new.json',
    });
    expect(readBack(writeSource(withSchema, 'json'))).not.toHaveProperty('$schema');
  });

  test.prop([fc.constantFrom('json' as const, 'yaml' as const), fc.string({ maxLength: 200 })])(
    'keeps any text of a title exactly, in either format',
    (format, title) => {
      const curriculum = { ...fixture(), title };
      expect((readBack(writeSource(curriculum, format)) as { title: unknown }).title).toBe(title);
    },
  );
});
