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
    expect(items.map((item) => item.textContent)).toEqual([
      'levels[0].modules[0].topics[1].resources[0].url Use an http(s) URL.',
      '(document) The document is not an object.',
    ]);
    expect(alert.textContent).toContain('Problems found: 2');
  });

  it('lists the issues of a real parse failure', () => {
    const result = parseCurriculum({ schemaVersion: 1, id: 'Not A Slug' });
    if (result.ok) throw new Error('expected the fixture to be invalid');
    render(<ErrorPanel issues={result.issues} maxIssues={100} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(result.issues.length);
    expect(items.some((item) => item.textContent?.startsWith('id '))).toBe(true);
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
    rerender(
      <ErrorPanel issues={issues} locale="en" messages={{ en: { 'error.title': 'Broken' } }} />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Broken');
  });

  it('renders message text as text, never as markup', () => {
    render(<ErrorPanel issues={[{ path: 'x', message: '<img src=x onerror=alert(1)>' }]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
