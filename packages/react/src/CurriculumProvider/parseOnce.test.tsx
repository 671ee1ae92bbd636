import { render, renderHook } from '@testing-library/react';
import * as curriculum from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline } from '../RoadmapTimeline';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';
import { useCurriculum } from './hooks';

// The real parseCurriculum, counted.
vi.mock('@trailmark/curriculum', async (importOriginal) => {
  const actual = await importOriginal<typeof curriculum>();
  return { ...actual, parseCurriculum: vi.fn(actual.parseCurriculum) };
});
const parse = vi.mocked(curriculum.parseCurriculum);

afterEach(() => {
  parse.mockClear();
});

describe('parsing in CurriculumProvider and the top-level components', () => {
  it('parses an input object once, however often it is rendered and by how many components', () => {
    const input = structuredClone(fixtureCurriculum);
    const { rerender } = render(
      <CurriculumProvider curriculum={input}>
        <RoadmapTimeline curriculum={input} />
      </CurriculumProvider>,
    );
    rerender(
      <CurriculumProvider curriculum={input} locale="zh-CN">
        <RoadmapTimeline curriculum={input} />
      </CurriculumProvider>,
    );
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('shows an already parsed curriculum as is: the very object, not a copy', () => {
    const parsed = curriculum.assertCurriculum(structuredClone(fixtureCurriculum));
    const { result } = renderHook(() => useCurriculum(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CurriculumProvider curriculum={parsed}>{children}</CurriculumProvider>
      ),
    });
    expect(result.current).toBe(parsed);
  });

  // The roadmap module and the provider share one copy of the curriculum package: the roadmap,
  // checked when that package was built, is taken as is. Checking it would return a new object.
  it('shows a built-in roadmap as is, without checking it again', () => {
    const { result } = renderHook(() => useCurriculum(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CurriculumProvider curriculum={llmEngineer}>{children}</CurriculumProvider>
      ),
    });
    expect(result.current).toBe(llmEngineer);
  });

  it('checks a plain copy of a built-in roadmap like any other data', () => {
    const copy = structuredClone(llmEngineer);
    const { result } = renderHook(() => useCurriculum(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <CurriculumProvider curriculum={copy}>{children}</CurriculumProvider>
      ),
    });
    expect(result.current).not.toBe(copy);
    expect(result.current).not.toBe(llmEngineer);
    expect(result.current).toStrictEqual(llmEngineer);
    expect(Object.isFrozen(result.current)).toBe(true);
  });
});
