import { createProgress, setStatus } from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './createMemoryStore';
import { exportProgress, importProgress, progressFileName } from './transfer';

const id = 'fixture-roadmap';
const at = (iso: string) => new Date(iso);

describe('exportProgress / importProgress', () => {
  it('round-trips through JSON text', async () => {
    const source = createMemoryStore(id);
    source.set(setStatus(source.get(), 'python', 'done', at('2025-01-02T00:00:00Z')));
    source.set(setStatus(source.get(), 'rag', 'in-progress', at('2025-01-03T00:00:00Z')));
    const text = exportProgress(source);
    expect(JSON.parse(text)).toEqual(source.get());

    const target = createMemoryStore(id);
    const result = await importProgress(target, text);
    expect(result.warnings).toEqual([]);
    expect(result.topics).toBe(2);
    expect(target.get()).toEqual(source.get());
  });

  it('reads a File', async () => {
    const source = createMemoryStore(id);
    source.set(setStatus(source.get(), 'http', 'skipped'));
    const file = new File([exportProgress(source)], progressFileName(id), {
      type: 'application/json',
    });
    const target = createMemoryStore(id);
    await importProgress(target, file);
    expect(target.get().topics.http?.status).toBe('skipped');
  });

  it('merges: the newest change of each topic wins', async () => {
    const target = createMemoryStore(id);
    target.set(setStatus(target.get(), 'python', 'done', at('2025-03-01T00:00:00Z')));
    target.set(setStatus(target.get(), 'http', 'in-progress', at('2025-01-01T00:00:00Z')));
    let incoming = createProgress(id);
    incoming = setStatus(incoming, 'python', 'in-progress', at('2025-02-01T00:00:00Z'));
    incoming = setStatus(incoming, 'http', 'done', at('2025-02-01T00:00:00Z'));
    await importProgress(target, JSON.stringify(incoming));
    expect(target.get().topics.python?.status).toBe('done');
    expect(target.get().topics.http?.status).toBe('done');
  });

  it.each([
    ['not JSON', 'hello'],
    ['another curriculum', JSON.stringify(setStatus(createProgress('other'), 'python', 'done'))],
  ])('changes nothing and warns for %s', async (_, text) => {
    const target = createMemoryStore(id);
    target.set(setStatus(target.get(), 'python', 'done'));
    const before = target.get();
    const result = await importProgress(target, text);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(target.get().topics).toEqual(before.topics);
  });

  it('names the file after the curriculum', () => {
    expect(progressFileName('llm-engineer')).toBe('llm-engineer-progress.json');
  });
});
