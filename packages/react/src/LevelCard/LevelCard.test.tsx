import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCurriculum } from '@trailmark/curriculum';
import { describe, expect, it, vi } from 'vitest';
import { RoadmapTimeline } from '../RoadmapTimeline';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { axeViolations } from '../test-support/axe';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { LevelCard } from './LevelCard';
import { CurrentStepContext } from './timelineStep';

describeConformance('LevelCard', 'tm-level-card', (props) => (
  <LevelCard
    {...props}
    ref={props.ref as never}
    curriculum={fixtureCurriculum}
    levelId="l1"
    defaultExpanded
  />
));

/** The modules of an expanded card: each its heading, then its summary, then its topic list. */
function modules(): { heading: HTMLElement; topics: HTMLElement }[] {
  return screen.queryAllByRole('heading', { level: 4 }).map((heading) => {
    const topics = heading.nextElementSibling?.nextElementSibling as HTMLElement;
    expect(topics.tagName).toBe('UL');
    return { heading, topics };
  });
}

describe('LevelCard', () => {
  it('shows code, title, summary, hours, topic count and progress', () => {
    renderWithFixture(<LevelCard levelId="l1" />, {
      store: fixtureStore({ python: 'done', http: 'skipped' }),
    });
    const article = screen.getByRole('article', { name: 'L1 Foundations' });
    const heading = within(article).getByRole('heading', { level: 3 });
    expect(within(heading).getByRole('button').getAttribute('aria-expanded')).toBe('false');
    expect(article.textContent).toContain('Programming and first prompts.');
    expect(article.textContent).toContain('33 hr · 4 topics');
    const meter = within(article).getByRole('progressbar', {
      name: 'L1 Foundations progress',
    }) as HTMLProgressElement;
    expect(meter.value).toBe(50);
  });

  it('expands to outcomes, roles, skills and the modules with their topics', async () => {
    const user = userEvent.setup();
    renderWithFixture(<LevelCard levelId="l1" />);
    const toggle = screen.getByRole('button', { name: 'L1 Foundations' });
    expect(modules()).toEqual([]);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById(toggle.getAttribute('aria-controls') as string);
    expect(body?.textContent).toContain('Call an LLM API from Python');
    expect(body?.textContent).toContain('Role: LLM application engineer');
    expect(body?.textContent).toContain('Programming: Python');
    expect(modules().map((module) => module.heading.textContent)).toEqual([
      'Programming basics',
      'LLM basics',
    ]);
    expect(within(modules()[0]?.topics as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('article').hasAttribute('data-expanded')).toBe(true);
    await user.click(toggle);
    expect(modules()).toEqual([]);
  });

  it('is controllable: expanded follows the prop and changes are reported with the level id', async () => {
    const user = userEvent.setup();
    const onExpandedChange = vi.fn();
    const { rerender } = render(
      <LevelCard
        curriculum={fixtureCurriculum}
        levelId="l2"
        expanded={false}
        onExpandedChange={onExpandedChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'L2 Applications' }));
    expect(onExpandedChange).toHaveBeenCalledWith(true, 'l2');
    expect(modules()).toEqual([]);
    rerender(
      <LevelCard
        curriculum={fixtureCurriculum}
        levelId="l2"
        expanded
        onExpandedChange={onExpandedChange}
      />,
    );
    expect(modules()).toHaveLength(1);
  });

  it('links an open card to its level page, and only when given one', async () => {
    const { unmount } = renderWithFixture(<LevelCard levelId="l1" href="/levels/l1" />);
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: /^L1 / }));
    expect(
      screen.getByRole('link', { name: 'Open the L1 Foundations page' }).getAttribute('href'),
    ).toBe('/levels/l1');
    unmount();
    renderWithFixture(<LevelCard levelId="l1" defaultExpanded />);
    expect(screen.queryByRole('link', { name: / page$/ })).toBeNull();
  });

  it('starts each module at its heading, without a wrapper or a landmark', () => {
    renderWithFixture(<LevelCard levelId="l1" defaultExpanded />);
    const body = screen.getByRole('article').querySelector('.tm-level-card__body');
    expect(modules()).toHaveLength(2);
    for (const module of modules()) {
      expect(module.heading.parentElement).toBe(body);
      expect(module.topics.parentElement).toBe(body);
    }
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  it('passes axe with the same curriculum shown twice on one page (no duplicate landmarks)', async () => {
    const { container } = render(
      <main>
        <RoadmapTimeline curriculum={fixtureCurriculum} defaultExpandedLevels="all" />
        <RoadmapTimeline curriculum={fixtureCurriculum} defaultExpandedLevels="all" />
      </main>,
    );
    expect(modules().length).toBeGreaterThan(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks optional levels, and the current step when a timeline says so', () => {
    renderWithFixture(
      <CurrentStepContext.Provider value>
        <LevelCard levelId="l3" headingLevel={2} />
      </CurrentStepContext.Provider>,
    );
    const article = screen.getByRole('article');
    expect(article.hasAttribute('data-optional')).toBe(true);
    expect(article.textContent).toContain('Optional');
    expect(
      within(screen.getByRole('heading', { level: 2 }))
        .getByRole('button')
        .getAttribute('aria-current'),
    ).toBe('step');
  });

  it('renders nothing for an unknown level', () => {
    const { container } = renderWithFixture(<LevelCard levelId="nope" />);
    // The provider's empty live region alone.
    expect([...container.children].map((child) => child.getAttribute('aria-live'))).toEqual([
      'polite',
    ]);
    expect(container.textContent).toBe('');
  });

  it('shows an error panel, not a crash, for a bad curriculum', () => {
    render(<LevelCard curriculum={parseCurriculum({ id: 1 })} levelId="l1" />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
