import { fc, test } from '@fast-check/vitest';
import { createProgress, type Progress, setStatus } from '@trailmark/curriculum';
import { describe, expect, it, vi } from 'vitest';
import { createLocalStorageStore, type StorageLike } from './createLocalStorageStore';

const id = 'fixture-roadmap';
const key = `trailmark:progress:${id}`;
const done = (progress: Progress, topic: string) =>
  setStatus(progress, topic, 'done', new Date('2025-02-01T00:00:00Z'));

/** A Web Storage double over a Map: the store under test only uses getItem/setItem. */
function mapStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, String(v));
    },
  };
}

describe('createLocalStorageStore', () => {
  it('saves under a key namespaced per curriculum, versioned, and reads it back', () => {
    const store = createLocalStorageStore({ curriculumId: id });
    expect(store.key).toBe(key);
    store.set(done(store.get(), 'python'));
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    expect(saved).toMatchObject({ curriculumId: id, schemaVersion: 1 });
    expect(saved.topics.python.status).toBe('done');
    const again = createLocalStorageStore({ curriculumId: id });
    expect(again.get().topics.python?.status).toBe('done');
    expect(again.getWarnings()).toEqual([]);
  });

  it('keeps curricula apart', () => {
    const a = createLocalStorageStore({ curriculumId: 'a' });
    const b = createLocalStorageStore({ curriculumId: 'b' });
    a.set(done(a.get(), 'x'));
    expect(b.get().topics).toEqual({});
  });

  it('takes a custom key and storage', () => {
    const storage = mapStorage();
    const store = createLocalStorageStore({ curriculumId: id, key: 'mine', storage });
    store.set(done(store.get(), 'http'));
    expect(storage.data.has('mine')).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it.each([
    [
      'corrupt JSON',
      '{"curriculumId": "fixture-roadmap", "topi',
      '(root): the progress is not valid JSON',
    ],
    [
      'a foreign curriculum',
      JSON.stringify(done(createProgress('other-roadmap'), 'python')),
      'curriculumId: this is progress through "other-roadmap", not "fixture-roadmap"',
    ],
    [
      'a wrong version',
      JSON.stringify({ ...createProgress(id), schemaVersion: 99 }),
      'schemaVersion: schemaVersion 99 is not supported; expected 1',
    ],
  ])(
    'recovers from %s: empty progress, warnings, and a backup before the first write',
    (_, raw, warning) => {
      localStorage.setItem(key, raw);
      const store = createLocalStorageStore({ curriculumId: id });
      expect(store.get()).toEqual(createProgress(id));
      // Where and what, from parseProgress's issue.
      expect(store.getWarnings()).toEqual([`"${key}" ${warning}; nothing of it was used`]);
      // Reading alone changes nothing.
      expect(localStorage.getItem(key)).toBe(raw);
      store.set(done(store.get(), 'python'));
      expect(localStorage.getItem(`${key}:backup`)).toBe(raw);
      expect(JSON.parse(localStorage.getItem(key) ?? '').topics.python.status).toBe('done');
      expect(store.getWarnings().at(-1)).toContain(`${key}:backup`);
    },
  );

  it('keeps the valid entries of partly broken data and backs the original up', () => {
    const raw = JSON.stringify({
      curriculumId: id,
      schemaVersion: 1,
      topics: {
        python: { status: 'done', updatedAt: '2025-01-01T00:00:00Z' },
        http: { status: 'finished??', updatedAt: 'yesterday' },
      },
    });
    localStorage.setItem(key, raw);
    const store = createLocalStorageStore({ curriculumId: id });
    expect(Object.keys(store.get().topics)).toEqual(['python']);
    store.set(done(store.get(), 'tokens'));
    expect(localStorage.getItem(`${key}:backup`)).toBe(raw);
  });

  it('never overwrites an older backup: it uses the next free backup key', () => {
    localStorage.setItem(`${key}:backup`, 'older unreadable value');
    localStorage.setItem(key, 'not json');
    const store = createLocalStorageStore({ curriculumId: id });
    store.set(done(store.get(), 'python'));
    expect(localStorage.getItem(`${key}:backup`)).toBe('older unreadable value');
    expect(localStorage.getItem(`${key}:backup:2`)).toBe('not json');
  });

  it('does not overwrite the unreadable value when the backup cannot be written', () => {
    const storage = mapStorage({ [key]: 'not json' });
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createLocalStorageStore({ curriculumId: id, storage });
    const next = done(store.get(), 'python');
    store.set(next);
    expect(storage.data.get(key)).toBe('not json');
    expect(store.get()).toBe(next);
    expect(store.getWarnings().at(-1)).toContain('QuotaExceededError');
  });

  it('follows other tabs through the storage event while subscribed', () => {
    const store = createLocalStorageStore({ curriculumId: id });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.get().topics).toEqual({});

    const other = JSON.stringify(done(createProgress(id), 'rag'));
    localStorage.setItem(key, other);
    window.dispatchEvent(
      new StorageEvent('storage', { key, newValue: other, storageArea: localStorage }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().topics.rag?.status).toBe('done');

    // Other keys are ignored.
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'unrelated', storageArea: localStorage }),
    );
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    localStorage.setItem(key, JSON.stringify(createProgress(id)));
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('catches up with changes made while nobody was subscribed', () => {
    const store = createLocalStorageStore({ curriculumId: id });
    expect(store.get().topics).toEqual({});
    localStorage.setItem(key, JSON.stringify(done(createProgress(id), 'http')));
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get().topics.http?.status).toBe('done');
  });

  it('works without any storage, in memory', () => {
    const store = createLocalStorageStore({
      curriculumId: id,
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      },
    });
    const next = done(store.get(), 'python');
    store.set(next);
    expect(store.get()).toBe(next);
    expect(store.getWarnings().join('\n')).toContain('SecurityError');
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 200 })(
    'recovers from any stored string without losing it',
    (raw) => {
      const storage = mapStorage({ [key]: raw });
      const store = createLocalStorageStore({ curriculumId: id, storage });
      const progress = store.get();
      expect(progress.curriculumId).toBe(id);
      expect(progress.schemaVersion).toBe(1);
      const unreadable = store.getWarnings().length > 0;
      store.set(done(progress, 'python'));
      // The original text is still somewhere: as the backup, or it was clean and is now merged.
      if (unreadable) expect(storage.data.get(`${key}:backup`)).toBe(raw);
      expect(JSON.parse(storage.data.get(key) ?? '').topics.python.status).toBe('done');
    },
  );

  test.prop(
    [
      fc.dictionary(
        fc.stringMatching(/^[a-z]{1,8}$/),
        fc.record({
          status: fc.constantFrom('in-progress', 'done', 'skipped', 'bogus'),
          updatedAt: fc.constantFrom('2025-01-01T00:00:00Z', 'not a date'),
        }),
      ),
    ],
    { numRuns: 100 },
  )('keeps every valid entry of arbitrary progress objects', (topics) => {
    const storage = mapStorage({
      [key]: JSON.stringify({ curriculumId: id, schemaVersion: 1, topics }),
    });
    const store = createLocalStorageStore({ curriculumId: id, storage });
    const valid = Object.entries(topics).filter(
      ([, entry]) => entry.status !== 'bogus' && entry.updatedAt !== 'not a date',
    );
    expect(Object.keys(store.get().topics).sort()).toEqual(valid.map(([topic]) => topic).sort());
  });

  describe('open levels', () => {
    const openKey = `${key}:open-levels`;

    it('keeps them beside the progress, per curriculum, and reads them back', () => {
      const store = createLocalStorageStore({ curriculumId: id });
      expect(store.getOpenLevels()).toBeUndefined();
      const listener = vi.fn();
      store.subscribe(listener);
      store.set(done(store.get(), 'python'));
      store.setOpenLevels(['l2', 'l3']);
      expect(listener).toHaveBeenCalledTimes(2);
      expect(localStorage.getItem(openKey)).toBe('["l2","l3"]');
      // The progress is saved as before: the open levels are not part of it.
      expect(Object.keys(JSON.parse(localStorage.getItem(key) ?? ''))).toEqual([
        'curriculumId',
        'schemaVersion',
        'topics',
      ]);
      const again = createLocalStorageStore({ curriculumId: id });
      expect(again.getOpenLevels()).toEqual(['l2', 'l3']);
      expect(again.getOpenLevels()).toBe(again.getOpenLevels());
      expect(createLocalStorageStore({ curriculumId: 'other' }).getOpenLevels()).toBeUndefined();
      // The same levels again change nothing and notify nobody.
      store.setOpenLevels(['l2', 'l3']);
      expect(listener).toHaveBeenCalledTimes(2);
    });

    it('follows other tabs through the storage event', () => {
      const store = createLocalStorageStore({ curriculumId: id });
      expect(store.getOpenLevels()).toBeUndefined();
      const listener = vi.fn();
      store.subscribe(listener);
      localStorage.setItem(openKey, '["l1"]');
      window.dispatchEvent(
        new StorageEvent('storage', { key: openKey, storageArea: localStorage }),
      );
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.getOpenLevels()).toEqual(['l1']);
    });

    it.each([
      ['not JSON', '{"l1', undefined],
      ['not a list', '{"levels":["l1"]}', undefined],
      ['a list with other entries', '["l1",2,null,"l3"]', ['l1', 'l3']],
    ])(
      'recovers from %s: what is usable, a warning, a backup before the first write',
      (_, raw, open) => {
        localStorage.setItem(openKey, raw);
        const store = createLocalStorageStore({ curriculumId: id });
        expect(store.getOpenLevels()).toEqual(open);
        expect(store.getWarnings()).toEqual([
          `"${openKey}" is not a list of level ids; the rest was left out`,
        ]);
        expect(localStorage.getItem(openKey)).toBe(raw);
        store.setOpenLevels(['l2']);
        expect(localStorage.getItem(`${openKey}:backup`)).toBe(raw);
        expect(localStorage.getItem(openKey)).toBe('["l2"]');
        expect(store.getWarnings().at(-1)).toContain(`${openKey}:backup`);
      },
    );

    test.prop([fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 2 }))], {
      numRuns: 200,
    })('recovers from any stored string without losing it or touching the progress', (raw) => {
      const progressText = JSON.stringify(done(createProgress(id), 'http'));
      const storage = mapStorage({ [openKey]: raw, [key]: progressText });
      const store = createLocalStorageStore({ curriculumId: id, storage });
      const open = store.getOpenLevels();
      if (open !== undefined) expect(open.every((level) => typeof level === 'string')).toBe(true);
      const unreadable = store.getWarnings().length > 0;
      store.setOpenLevels(['l1']);
      if (unreadable) expect(storage.data.get(`${openKey}:backup`)).toBe(raw);
      else expect(JSON.parse(raw)).toEqual(open);
      expect(storage.data.get(openKey)).toBe('["l1"]');
      expect(storage.data.get(key)).toBe(progressText);
      expect(store.get().topics.http?.status).toBe('done');
    });
  });
});
