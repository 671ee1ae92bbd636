import { createProgress, setStatus } from '@trailmark/curriculum';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from './createMemoryStore';

describe('createMemoryStore', () => {
  it('starts empty, keeps the same snapshot until a change, and notifies listeners', () => {
    const store = createMemoryStore({ curriculumId: 'demo' });
    const first = store.get();
    expect(first).toEqual(createProgress('demo'));
    expect(store.get()).toBe(first);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const next = setStatus(first, 'rag', 'done');
    store.set(next);
    expect(store.get()).toBe(next);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(setStatus(next, 'rag', 'skipped'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not notify when the same progress is set again', () => {
    const store = createMemoryStore({ curriculumId: 'demo' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(store.get());
    expect(listener).not.toHaveBeenCalled();
  });

  it('checks the initial progress and reports what it dropped', () => {
    const foreign = setStatus(createProgress('other'), 'rag', 'done');
    const store = createMemoryStore({ curriculumId: 'demo', initial: foreign });
    expect(store.get()).toEqual(createProgress('demo'));
    expect(store.getWarnings?.()).toEqual([
      'curriculumId: this is progress through "other", not "demo"; nothing of it was used',
    ]);
  });

  it('refuses progress of another curriculum and says so', () => {
    const store = createMemoryStore({ curriculumId: 'demo' });
    const before = store.get();
    store.set(setStatus(createProgress('other'), 'rag', 'done'));
    expect(store.get()).toBe(before);
    expect(store.getWarnings?.().join('\n')).toContain('"other"');
  });

  it('keeps the open levels, from initialOpenLevels on, and notifies listeners', () => {
    expect(createMemoryStore({ curriculumId: 'demo' }).getOpenLevels?.()).toBeUndefined();
    const store = createMemoryStore({ curriculumId: 'demo', initialOpenLevels: ['l2'] });
    expect(store.getOpenLevels?.()).toEqual(['l2']);
    const listener = vi.fn();
    store.subscribe(listener);
    const progress = store.get();
    store.setOpenLevels?.([]);
    expect(store.getOpenLevels?.()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(progress);
  });
});
