import { render, screen, waitFor } from '@testing-library/react';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { describe, expect, it } from 'vitest';
import { RoadmapTimeline, StudyPlan } from './index';

const topicCount = llmEngineer.levels.reduce(
  (sum, level) =>
    sum + level.modules.reduce((inLevel, module) => inLevel + module.topics.length, 0),
  0,
);

describe('the built-in LLM engineer roadmap', () => {
  it.each(llmEngineer.locales)('renders whole, every level and topic, in %s', async (locale) => {
    const { container } = render(
      <RoadmapTimeline curriculum={llmEngineer} locale={locale} defaultExpandedLevels="all" />,
    );
    // Structural queries: role queries over a thousand elements are slow in jsdom.
    expect(container.querySelector('[role="alert"]')).toBeNull();
    const list = container.querySelector('ol.tm-timeline__list');
    expect(list?.getAttribute('aria-label')).toBe(
      (llmEngineer.title as Record<string, string>)[locale],
    );
    expect(list?.querySelectorAll(':scope > li > article')).toHaveLength(llmEngineer.levels.length);
    // The first screen at once, the rest filled in while the page is idle.
    await waitFor(() =>
      expect(container.querySelectorAll('[data-tm-action="status"]')).toHaveLength(topicCount),
    );
  });

  it('plans it', () => {
    render(<StudyPlan curriculum={llmEngineer} start="2025-01-06" />);
    expect(screen.getAllByRole('row')).toHaveLength(llmEngineer.levels.length + 1);
  });
});
