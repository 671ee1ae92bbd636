import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudyPlan } from '../StudyPlan/StudyPlan';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';
import { useProgress } from './hooks';
import { SETTLE_MS } from './LiveRegion';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Buttons that set statuses the way a status menu does (through the provider's store). */
function StatusButtons() {
  const { setStatus } = useProgress();
  return (
    <>
      <button type="button" onClick={() => setStatus('python', 'done')}>
        python done
      </button>
      <button type="button" onClick={() => setStatus('http', 'done')}>
        http done
      </button>
      <button type="button" onClick={() => setStatus('http', 'not-started')}>
        http not started
      </button>
      <button type="button" onClick={() => setStatus('embeddings', 'in-progress')}>
        embeddings started
      </button>
    </>
  );
}

const regions = () => document.querySelectorAll('[aria-live]');
const region = () => regions()[0] as HTMLElement;
const settle = () => act(() => vi.advanceTimersByTime(SETTLE_MS));
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

/** Counts the times the region's text is replaced (each one is read out). */
function countWrites(element: HTMLElement) {
  const writes = { count: 0 };
  new MutationObserver((records) => {
    writes.count += records.length;
  }).observe(element, { childList: true, characterData: true, subtree: true });
  return writes;
}

describe('the live region', () => {
  it('is one polite, empty region per provider, also with components that bring their own props', () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <StatusButtons />
        <StudyPlan locale="zh-CN" />
        <StudyPlan readOnly />
      </CurriculumProvider>,
    );
    expect(regions()).toHaveLength(1);
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().getAttribute('role')).toBe('status');
    expect(region().className).toBe('tm-visually-hidden');
    expect(region().textContent).toBe('');
  });

  it("says the new figure of the topic's level after a status change, once it settles", async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <StatusButtons />
      </CurriculumProvider>,
    );
    click('python done');
    expect(region().textContent).toBe('');
    await settle();
    expect(region().textContent).toBe('L1 Foundations: 1 of 4 topics complete, 25%');
    click('embeddings started');
    await settle();
    expect(region().textContent).toBe('L2 Applications: 0 of 3 topics complete, 0%');
  });

  it('reads a burst of changes once, with the last figure, and never repeats the text there', async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <StatusButtons />
      </CurriculumProvider>,
    );
    const writes = countWrites(region());
    click('python done');
    click('http done');
    await act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(writes.count).toBe(0);
    await settle();
    expect(region().textContent).toBe('L1 Foundations: 2 of 4 topics complete, 50%');
    expect(writes.count).toBe(1);
    // Undone and done again within the burst: the figure is the one already read.
    click('http not started');
    click('http done');
    await settle();
    expect(writes.count).toBe(1);
  });

  it('speaks the provider locale, with its plural forms', async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum} locale="zh-CN">
        <StatusButtons />
      </CurriculumProvider>,
    );
    click('python done');
    await settle();
    expect(region().textContent).toBe('L1 基础：已完成 1/4 个主题，25%');
  });

  it('says the finish at a new pace, and a pace that is not valid', async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <StudyPlan start="2025-01-06" />
      </CurriculumProvider>,
    );
    const field = screen.getByRole('spinbutton', { name: 'Hours per week' });
    fireEvent.input(field, { target: { value: '1' } });
    fireEvent.input(field, { target: { value: '12' } });
    await settle();
    const finish = screen.getByText(/^Finish by /).textContent;
    expect(region().textContent).toBe(`12 hours a week: ${finish}`);
    fireEvent.input(field, { target: { value: '1' } });
    await settle();
    expect(region().textContent).toMatch(/^1 hour a week: Finish by /);
    fireEvent.input(field, { target: { value: '0' } });
    await settle();
    expect(region().textContent).toBe('Enter whole hours from 1 to 168.');
  });

  it('says the pace in Chinese', async () => {
    render(<StudyPlan curriculum={fixtureCurriculum} locale="zh-CN" start="2025-01-06" />);
    fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '8' } });
    await settle();
    expect(region().textContent).toMatch(/^每周 8 小时：预计 .+ 全部完成$/);
  });
});
