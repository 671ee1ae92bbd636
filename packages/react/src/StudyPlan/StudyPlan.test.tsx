import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { describeConformance } from '../test-support/conformance';
import { fixtureStore, renderWithFixture } from '../test-support/render';
import { StudyPlan } from './StudyPlan';

describeConformance('StudyPlan', 'tm-study-plan', (props) => (
  <StudyPlan
    {...props}
    ref={props.ref as never}
    curriculum={fixtureCurriculum}
    start="2025-01-06"
  />
));

const rows = () => within(screen.getAllByRole('rowgroup')[1] as HTMLElement).getAllByRole('row');
/** The text of the elements `aria-describedby` points at, as a listener hears it after the name. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const cells = (row: HTMLElement) => [
  within(row).getByRole('rowheader').textContent,
  ...within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent),
];

describe('StudyPlan', () => {
  it('lists each level with hours, remaining hours and an ETA date from the pace', () => {
    renderWithFixture(<StudyPlan start="2025-01-06" defaultHoursPerWeek={10} />, {
      store: fixtureStore({ python: 'done' }),
    });
    // A header row and one row per level.
    expect(
      within(screen.getByRole('region', { name: 'Study plan' })).getAllByRole('row'),
    ).toHaveLength(4);
    expect(
      (screen.getByRole('spinbutton', { name: 'Hours per week' }) as HTMLInputElement).value,
    ).toBe('10');
    const [l1, l2, l3] = rows();
    expect(cells(l1 as HTMLElement)).toEqual([
      'L1 Foundations',
      '33 hr',
      '13 hr',
      // 13 hours at 10 a week from Monday 6 January: 9.1 days, rounded up to whole days.
      'Jan 16, 2025',
    ]);
    // Remaining hours leave optional topics out.
    expect(cells(l2 as HTMLElement)).toEqual([
      'L2 Applications',
      '21 hr',
      '17 hr',
      // 30 hours in all: 21 days.
      'Jan 27, 2025',
    ]);
    // Optional levels are listed but not scheduled unless asked.
    expect(cells(l3 as HTMLElement)[3]).toBe('Not scheduled');
    expect(screen.getByText(/^Finish by /).textContent).toBe('Finish by Jan 27, 2025');
  });

  it('draws one hidden SVG bar per level, sized by hours, filled by completed hours', () => {
    const { container } = renderWithFixture(<StudyPlan start="2025-01-06" />, {
      store: fixtureStore({ python: 'done' }),
    });
    const bars = container.querySelectorAll('svg');
    expect(bars).toHaveLength(3);
    for (const bar of bars) expect(bar.getAttribute('aria-hidden')).toBe('true');
    const widths = [...bars].map((bar) => Number(bar.querySelector('rect')?.getAttribute('width')));
    expect(widths).toEqual([100, (21 / 33) * 100, (30 / 33) * 100]);
    const done = [...bars].map((bar) =>
      Number(bar.querySelectorAll('rect')[1]?.getAttribute('width')),
    );
    expect(done).toEqual([(20 / 33) * 100, 0, 0]);
  });

  it('changes the dates when the pace changes, and reports the pace', async () => {
    const user = userEvent.setup();
    const onHoursPerWeekChange = vi.fn();
    render(
      <StudyPlan
        curriculum={fixtureCurriculum}
        start="2025-01-06"
        onHoursPerWeekChange={onHoursPerWeekChange}
      />,
    );
    const before = cells(rows()[1] as HTMLElement)[3];
    const input = screen.getByRole('spinbutton', { name: 'Hours per week' });
    await user.clear(input);
    await user.type(input, '40');
    expect(onHoursPerWeekChange).toHaveBeenLastCalledWith(40);
    expect(cells(rows()[1] as HTMLElement)[3]).not.toBe(before);
    // An empty field keeps the last valid pace until it is fixed.
    await user.clear(input);
    expect(onHoursPerWeekChange).toHaveBeenLastCalledWith(40);
  });

  it.each(['0', '200', '2.5', '-3', ''])(
    'keeps the pace for "%s", says why in a message tied to the field, and shows no stale dates',
    async (typed) => {
      const user = userEvent.setup();
      const onHoursPerWeekChange = vi.fn();
      render(
        <StudyPlan
          curriculum={fixtureCurriculum}
          start="2025-01-06"
          defaultHoursPerWeek={10}
          onHoursPerWeekChange={onHoursPerWeekChange}
        />,
      );
      const input = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Hours per week' });
      const dates = () => rows().map((row) => cells(row)[3]);
      const before = dates();
      await user.clear(input);
      if (typed) await user.type(input, typed);
      expect(input.value).toBe(typed);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(description(input)).toBe('Enter whole hours from 1 to 168.');
      // Typing 200 passes through 2 and 20, which are valid paces; 200 itself is not taken.
      expect(onHoursPerWeekChange).not.toHaveBeenCalledWith(Number(typed));
      expect(dates()).toEqual(['Not scheduled', 'Not scheduled', 'Not scheduled']);
      expect(screen.queryByText(/^Finish by /)).toBeNull();
      // Leaving the field brings back the pace in force, its dates, and no message.
      await user.tab();
      expect(input.hasAttribute('aria-invalid')).toBe(false);
      expect(description(input)).toBe('');
      if (typed === '-3' || typed === '0' || typed === '') expect(dates()).toEqual(before);
    },
  );

  it('words the invalid pace in Chinese for a Chinese page', async () => {
    const user = userEvent.setup();
    render(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" locale="zh-CN" />);
    const input = screen.getByRole('spinbutton', { name: '每周学习小时数' });
    await user.clear(input);
    expect(description(input)).toBe('请输入 1 到 168 之间的整数。');
  });

  it('explains that remaining hours leave optional topics out, and not when they are counted', () => {
    const { unmount } = render(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" />);
    expect(description(screen.getByRole('columnheader', { name: 'Remaining' }))).toBe(
      'Remaining leaves out optional topics.',
    );
    unmount();
    render(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" includeOptional />);
    expect(description(screen.getByRole('columnheader', { name: 'Remaining' }))).toBe('');
    expect(screen.queryByText(/leaves out optional topics/)).toBeNull();
  });

  it('includes optional levels when asked and says when a level is complete', () => {
    renderWithFixture(<StudyPlan start="2025-01-06" includeOptional />, {
      store: fixtureStore({ python: 'done', http: 'done', tokens: 'done', prompting: 'done' }),
    });
    const [l1, , l3] = rows();
    expect(cells(l1 as HTMLElement)[3]).toBe('Complete');
    expect(cells(l3 as HTMLElement)[3]).toMatch(/\d{4}/);
  });

  it('uses the locale for dates and units', () => {
    render(<StudyPlan curriculum={fixtureCurriculum} start="2025-01-06" locale="zh-CN" />);
    expect(screen.getByRole('heading').textContent).toBe('学习计划');
    expect(cells(rows()[0] as HTMLElement)[3]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
