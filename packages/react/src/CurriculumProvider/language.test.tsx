import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';

// The fixture's default locale is English; its other locale is zh-CN.
const list = (name: string) => screen.getByRole('list', { name });
/** The language the component's root declares. */
const langOf = (name: string) => list(name).closest('[lang]')?.getAttribute('lang');

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

describe('the language rule: an explicit locale, else the page language, else the default', () => {
  it('follows <html lang> when no locale is given', () => {
    document.documentElement.lang = 'zh-CN';
    render(<RoadmapTimeline curriculum={fixtureCurriculum} />);
    expect(langOf('测试路线图')).toBe('zh-CN');
  });

  it('lets an explicit locale (component, provider or defaultLocale) win over the page', () => {
    document.documentElement.lang = 'zh-CN';
    render(
      <>
        <RoadmapTimeline curriculum={fixtureCurriculum} locale="en" label="own" />
        <CurriculumProvider curriculum={fixtureCurriculum} locale="en">
          <RoadmapTimeline label="provider" />
        </CurriculumProvider>
        <CurriculumProvider curriculum={fixtureCurriculum} defaultLocale="en">
          <RoadmapTimeline label="default" />
        </CurriculumProvider>
      </>,
    );
    for (const name of ['own', 'provider', 'default']) {
      expect(langOf(name)).toBe('en');
      expect(list(name).textContent).toContain('Foundations');
    }
  });

  it("uses the curriculum's default on a page without lang", () => {
    render(<RoadmapTimeline curriculum={fixtureCurriculum} />);
    expect(langOf('Fixture roadmap')).toBe('en');
  });

  it('follows the page when it switches language', async () => {
    document.documentElement.lang = 'en';
    render(<RoadmapTimeline curriculum={fixtureCurriculum} />);
    expect(list('Fixture roadmap')).toBeTruthy();
    await act(async () => {
      document.documentElement.lang = 'zh-CN';
      // MutationObserver callbacks run as a microtask.
      await Promise.resolve();
    });
    expect(list('测试路线图')).toBeTruthy();
  });

  it('follows the nearest lang around the component over <html lang>', () => {
    document.documentElement.lang = 'en';
    render(
      <div lang="zh-CN">
        <RoadmapTimeline curriculum={fixtureCurriculum} />
      </div>,
    );
    expect(langOf('测试路线图')).toBe('zh-CN');
  });

  it('follows a lang that changes on an element around the component', async () => {
    document.documentElement.lang = 'zh-CN';
    const { container } = render(
      <section lang="en">
        <CurriculumProvider curriculum={fixtureCurriculum}>
          <RoadmapTimeline />
        </CurriculumProvider>
      </section>,
    );
    expect(list('Fixture roadmap')).toBeTruthy();
    await act(async () => {
      container.querySelector('section')?.setAttribute('lang', 'zh-CN');
      await Promise.resolve();
    });
    expect(list('测试路线图')).toBeTruthy();
  });

  it('applies to parts used on their own', () => {
    document.documentElement.lang = 'de';
    const { container } = render(<ProgressMeter value={1} max={3} label="p" />);
    expect(container.textContent).toBe('33\u00a0%');
  });
});
