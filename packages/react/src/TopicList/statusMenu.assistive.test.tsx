// What a screen reader is told about an open status menu, from Chromium's accessibility tree:
// each choice by its name alone, the chosen one by its checked state (the check mark drawn
// beside it is decoration, not part of its name).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accessibilityTree } from '../test-support/accessibilityTree';
import '../test-support/styles';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { TopicList } from './TopicList';

describe('an open status menu, with assistive technology', () => {
  it.each([
    ['en', 'Python, status: Not started', ['Not started', 'In progress', 'Done', 'Skipped']],
    ['zh-CN', 'Python 编程，状态：未开始', ['未开始', '进行中', '已完成', '已跳过']],
  ])('names each status without the check mark (%s)', async (locale, button, names) => {
    render(<TopicList curriculum={fixtureCurriculum} moduleId="basics" locale={locale} />);
    screen.getByRole('button', { name: button }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeTruthy();
    const items = (await accessibilityTree()).filter(
      (node) => node.role?.value === 'menuitemradio',
    );
    expect(items.map((node) => node.name?.value)).toEqual(names);
    const checked = items.filter((node) =>
      node.properties?.some((p) => p.name === 'checked' && p.value.value === 'true'),
    );
    expect(checked.map((node) => node.name?.value)).toEqual([names[0]]);
  });
});
