import { render, screen } from '@testing-library/react';
import { isSafeHttpUrl, type Resource } from '@trailmark/curriculum';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The URL variants the SDK, the CLI, the embed and this component all decide alike.
import { urls } from '../../../curriculum/test/fixtures/http-urls.json';
import { describeConformance } from '../test-support/conformance';
import { ResourceLink } from './ResourceLink';

const paper: Resource = {
  title: 'Attention Is All You Need',
  url: 'https://arxiv.org/abs/1706.03762',
  kind: 'paper',
  language: 'en',
  free: true,
};

describeConformance('ResourceLink', 'tm-resource', (props) => (
  <ResourceLink {...props} ref={props.ref as never} resource={paper} />
));

describe('ResourceLink', () => {
  it('links http(s) resources in a new tab, safely, and says so', () => {
    render(<ResourceLink resource={paper} />);
    const link = screen.getByRole('link', {
      name: /^Paper · Free\s+Attention Is All You Need\s*\(opens in a new tab\)$/,
    });
    expect(link.getAttribute('href')).toBe(paper.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('data-kind')).toBe('paper');
  });

  it('names the resource language when it differs from the reader', () => {
    render(<ResourceLink resource={paper} locale="zh-CN" />);
    expect(screen.getByRole('link').textContent).toContain('论文 · 免费 · EN');
  });

  it.each([
    ['en-GB', 'en', 'no language'],
    ['en', 'EN-us', 'no language'],
    ['zh-TW', 'zh-CN', 'no language'],
    ['zh-CN', 'zh-Hant', 'no language'],
    ['zh-CN', 'fr-CA', 'FR'],
    ['en', 'zh-Hans', 'ZH'],
  ])('reading in %s, a resource in %s is marked with %s', (locale, language, named) => {
    render(<ResourceLink resource={{ ...paper, language }} locale={locale} />);
    const kind = screen.getByRole('link').querySelector('.tm-resource__kind')?.textContent ?? '';
    expect(kind.split(' · ').slice(2)).toEqual(named === 'no language' ? [] : [named]);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/relative/path',
    'ftp://files.example/x',
  ])('renders %s as plain text, not a link', (url) => {
    const { container } = render(<ResourceLink resource={{ ...paper, url }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(container.textContent).toContain('Attention Is All You Need');
    expect(container.firstElementChild?.hasAttribute('data-unsafe')).toBe(true);
  });

  it.each(urls)('links $url ($case): $safe, as the SDK decides', ({ url, safe }) => {
    const { container } = render(<ResourceLink resource={{ ...paper, url }} />);
    const link = screen.queryByRole('link');
    if (safe) expect(link?.getAttribute('href')).toBe(url);
    else {
      expect(link).toBeNull();
      expect(container.querySelector('[href]')).toBeNull();
    }
  });

  it('renders a link exactly when isSafeHttpUrl accepts the URL, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true })), (url) => {
        const { container, unmount } = render(<ResourceLink resource={{ ...paper, url }} />);
        expect(container.querySelector('a')?.getAttribute('href') ?? null).toBe(
          isSafeHttpUrl(url) ? url : null,
        );
        unmount();
      }),
      { numRuns: 50 },
    );
  });
});
