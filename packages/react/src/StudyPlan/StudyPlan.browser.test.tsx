import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../test-support/styles';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { axeViolations } from '../test-support/axe';
import { overflowing, smallTargets } from '../test-support/layout';
import { StudyPlan } from './StudyPlan';

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe('StudyPlan in Chromium', () => {
  it('fits 320px without horizontal overflow, in both languages', async () => {
    await page.viewport(320, 640);
    for (const locale of ['en', 'zh-CN']) {
      const { container, unmount } = render(
        <div style={{ width: '320px' }}>
          <StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" locale={locale} />
        </div>,
      );
      const frame = container.firstElementChild as HTMLElement;
      expect(overflowing(frame)).toEqual([]);
      expect(smallTargets(frame)).toEqual([]);
      unmount();
    }
  });

  it('grows the bars from the inline start, right-to-left too', () => {
    const { container, rerender } = render(
      <StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" />,
    );
    const barEdges = () => {
      const svg = container.querySelectorAll('svg')[1] as SVGSVGElement;
      const rect = svg.querySelector('rect') as SVGRectElement;
      const box = svg.getBoundingClientRect();
      const bar = rect.getBoundingClientRect();
      return { start: bar.left - box.left, end: box.right - bar.right };
    };
    const ltr = barEdges();
    expect(ltr.start).toBeLessThan(1);
    expect(ltr.end).toBeGreaterThan(5);
    rerender(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" dir="rtl" />);
    const rtl = barEdges();
    expect(rtl.end).toBeLessThan(1);
    expect(rtl.start).toBeGreaterThan(5);
  });

  it('has no axe violations, color contrast included', async () => {
    const { container } = render(
      <StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" theme="dark" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
