import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { documentIds, NO_IDS } from './document-ids';

describe('documentIds', () => {
  it('finds the ids of topics in every level and module, of skills and of roles', () => {
    const value = {
      levels: [
        { modules: [{ topics: [{ id: 'a' }, { id: 'b' }] }, { topics: [{ id: 'c' }] }] },
        { modules: [{ topics: [{ id: 'd' }, { title: 'no id' }, { id: '' }] }] },
      ],
      skills: [{ id: 'python' }],
      roles: [{ id: 'engineer' }, 'not an object'],
    };
    expect(documentIds(value)).toEqual({
      topics: ['a', 'b', 'c', 'd'],
      skills: ['python'],
      roles: ['engineer'],
    });
  });

  test.prop([fc.jsonValue()])('reads any document, however broken, without throwing', (value) => {
    const ids = documentIds(value);
    for (const list of [ids.topics, ids.skills, ids.roles]) {
      expect(list.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    }
  });

  it('finds none in what is not a curriculum', () => {
    expect(documentIds(null)).toEqual(NO_IDS);
    expect(documentIds([1, 2])).toEqual(NO_IDS);
  });
});
