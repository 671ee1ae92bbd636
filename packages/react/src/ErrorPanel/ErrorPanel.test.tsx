import { render, screen, within } from '@testing-library/react';
import { parseCurriculum } from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../test-support/conformance';
import { ErrorPanel } from './ErrorPanel';

const issues = [
  { path: 'levels[0].modules[0].topics[1].resources[0].url', message: 'Use an http(s) URL.' },
  { path: '', message: 'The document is not an object.' },
];

describeConformance('ErrorPanel', 'tm-error-panel', (props) => (
  <ErrorPanel {...props} ref={props.ref as never} issues={issues} />
));

describe('ErrorPanel', () => {
  it('is an alert with a heading and every issue path and message as text', () => {
    render(<ErrorPanel issues={issues} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe(
      'This roadmap cannot be shown',
    );
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.trim())).toEqual([
      'levels[0].modules[0].topics[1].resources[0].url Use an http(s) URL.',
      'The document is not an object.',
    ]);
    expect(alert.textContent).toContain('2 problems found');
  });

  it('lists the issues of a real parse failure', () => {
    const result = parseCurriculum({ schemaVersion: 1, id: 'Not A Slug' });
    if (result.ok) throw new Error('expected the fixture to be invalid');
    render(<ErrorPanel issues={result.issues} maxIssues={100} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(result.issues.length);
    expect(items.some((item) => item.textContent?.startsWith('id '))).toBe(true);
  });

  it('words the issues of a parse in its locale, from their code and params', () => {
    const result = parseCurriculum({ schemaVersion: 1, id: 'Not A Slug' });
    if (result.ok) throw new Error('expected the fixture to be invalid');
    const idIssue = result.issues.find((issue) => issue.path === 'id');
    render(<ErrorPanel issues={idIssue ? [idIssue] : []} locale="zh-CN" />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe(
      'id "Not A Slug" 不是有效的 id；id 由小写字母和数字组成，用连字符连接，如 "rag" 或 "transformer-basics"',
    );
    expect(screen.getByRole('alert').textContent).toContain('发现 1 个问题');
  });

  it('lists at most maxIssues and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `levels[${i}]`, message: 'Bad.' }));
    render(<ErrorPanel issues={many} maxIssues={20} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('…and 5 more')).toBeTruthy();
  });

  it('speaks the requested locale and takes overrides and a heading level', () => {
    const { rerender } = render(<ErrorPanel issues={issues} locale="zh-CN" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('无法显示此路线图');
    expect(screen.getByRole('alert').lang).toBe('zh-CN');
    rerender(
      <ErrorPanel issues={issues} locale="en" messages={{ en: { 'error.title': 'Broken' } }} />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Broken');
    expect(screen.getByRole('alert').lang).toBe('en');
  });

  it('shows a description under the heading, before the issues', () => {
    render(<ErrorPanel issues={issues} description="From https://example.com/c.json." />);
    const paragraphs = [...screen.getByRole('alert').querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'From https://example.com/c.json.',
      '2 problems found',
    ]);
  });

  it('without issues shows only the heading and the description: no count, no list', () => {
    render(
      <ErrorPanel locale="zh-CN" description="https://example.com/c.json answered HTTP 404." />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('无法显示此路线图');
    expect(alert.textContent).toBe('无法显示此路线图https://example.com/c.json answered HTTP 404.');
    expect(within(alert).queryByRole('list')).toBeNull();
  });

  it('renders message text as text, never as markup', () => {
    render(<ErrorPanel issues={[{ path: 'x', message: '<img src=x onerror=alert(1)>' }]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
