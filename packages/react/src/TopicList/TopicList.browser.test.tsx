import { render, screen } from '@testing-library/react';
import { parseCurriculum } from '@trailmark/curriculum';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../test-support/styles';
import { createMemoryStore } from '../stores/createMemoryStore';
import { downloadProgress } from '../stores/transfer';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { withEveryTopic } from '../test-fixtures/withEveryTopic';
import { overflowing } from '../test-support/layout';
import { TopicList } from './TopicList';

afterEach(async () => {
  await page.viewport(1024, 768);
});

const unbroken = 'https://example.com/a/very/long/path/without/any/spaces/at/all/anywhere';
const longText = withEveryTopic(fixtureCurriculum, (topic) => ({
  ...topic,
  title: {
    en: `Retrieval with hybrid search, re-ranking and query rewriting (${unbroken})`,
    'zh-CN': `面向生产环境的检索增强生成：混合检索、重排序与查询改写（${unbroken}）`,
  },
  summary: { en: unbroken, 'zh-CN': unbroken },
  resources: [{ title: unbroken, url: unbroken, kind: 'docs', language: 'en', free: true }],
}));

describe('TopicList in Chromium', () => {
  it.each(['en', 'zh-CN'])(
    'wraps very long titles and URLs at 320px without overflow (%s)',
    async (locale) => {
      await page.viewport(320, 640);
      const { container } = render(
        <div style={{ inlineSize: '320px' }}>
          <TopicList curriculum={parseCurriculum(longText)} locale={locale} moduleId="basics" />
        </div>,
      );
      for (const title of container.querySelectorAll<HTMLElement>('.tm-topic__title')) {
        await userEvent.click(title);
      }
      const frame = container.firstElementChild as HTMLElement;
      expect(frame.querySelectorAll('a')).toHaveLength(2);
      expect(overflowing(frame)).toEqual([]);
      expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    },
  );

  it('sets a status with the keyboard and keeps focus where a person expects', async () => {
    const store = createMemoryStore({ curriculumId: fixtureCurriculum.id });
    render(<TopicList curriculum={fixtureCurriculum} store={store} moduleId="basics" />);
    const button = screen.getByRole('button', { name: 'Python, status: Not started' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Status of Python' });
    expect(document.activeElement?.getAttribute('aria-checked')).toBe('true');
    // The open menu is painted above the rows that follow it.
    const rect = menu.getBoundingClientRect();
    expect(rect.height).toBeGreaterThan(0);
    expect(
      document.elementFromPoint(rect.left + 5, rect.bottom - 5)?.closest('[role="menu"]'),
    ).toBe(menu);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ }');
    expect(store.get().topics.python?.status).toBe('done');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Python, status: Done' }),
    );
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('shows the focus ring on menu items', async () => {
    render(<TopicList curriculum={fixtureCurriculum} moduleId="basics" />);
    screen.getByRole('button', { name: /^Python, status/ }).focus();
    await userEvent.keyboard('{ArrowDown}');
    const style = getComputedStyle(document.activeElement as Element);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('downloadProgress in Chromium', () => {
  it('offers <curriculumId>-progress.json holding the exported JSON', async () => {
    const store = createMemoryStore({ curriculumId: fixtureCurriculum.id });
    const captured = new Promise<{ name: string; text: Promise<string> }>((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          const link = event.target as HTMLAnchorElement;
          // Read the Blob URL before the page lets it go; do not actually download.
          event.preventDefault();
          resolve({ name: link.download, text: fetch(link.href).then((r) => r.text()) });
        },
        { once: true, capture: true },
      );
    });
    downloadProgress(store);
    const { name, text } = await captured;
    expect(name).toBe('fixture-roadmap-progress.json');
    expect(JSON.parse(await text)).toEqual(store.get());
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
