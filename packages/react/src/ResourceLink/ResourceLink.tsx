import { isSafeHttpUrl, type Resource } from '@trailmark/curriculum';
import { matchLocale } from '@trailmark/curriculum/locale';
import { type ComponentPropsWithoutRef, forwardRef, type Ref } from 'react';
import { useInterface } from '../CurriculumProvider/useInterface';
import { classNames, useRootClass } from '../root';

/** Props of {@link ResourceLink}. */
export interface ResourceLinkProps
  extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'target' | 'rel' | 'resource'> {
  /** The resource: title, url, kind, language, free. */
  resource: Resource;
  /**
   * Locale of the title and labels.
   * @default the provider's, else 'en'
   */
  locale?: string;
}

/**
 * A link to a learning resource, opening in a new tab (`rel="noopener noreferrer"`, with a
 * visually hidden "(opens in a new tab)"). Its kind, whether it is free and its language (when
 * different from the reader's) are shown before the title. The URL is checked again at render with
 * `isSafeHttpUrl` from `@trailmark/curriculum` (the rule `parseCurriculum` applies), because the
 * resource may not come from a parsed curriculum: a URL it refuses renders the title as plain text.
 *
 * @example <ResourceLink resource={{ title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', kind: 'paper' }} />
 */
export const ResourceLink = /* @__PURE__ */ forwardRef<HTMLElement, ResourceLinkProps>(
  function ResourceLink({ resource, locale, className, ...rest }, ref) {
    const { messages, text, locale: shownLocale } = useInterface(locale);
    const rootClass = useRootClass();
    const details = [messages[`resource.${resource.kind}`]];
    if (resource.free) details.push(messages['resource.free']);
    // Named only when it is another language than the page's (matchLocale finds none in common).
    const language = resource.language;
    if (language && matchLocale(language, [shownLocale]) === undefined) {
      details.push((language.split('-')[0] as string).toUpperCase());
    }
    const content = (
      <>
        <span className="tm-resource__kind">{details.join(' · ')}</span> {text(resource.title)}
      </>
    );
    const shared = {
      className: classNames(rootClass, 'tm-resource', className),
      'data-kind': resource.kind,
    };
    if (!isSafeHttpUrl(resource.url)) {
      return (
        <span {...(rest as ComponentPropsWithoutRef<'span'>)} {...shared} ref={ref} data-unsafe="">
          {content}
        </span>
      );
    }
    return (
      <a
        {...rest}
        {...shared}
        ref={ref as Ref<HTMLAnchorElement>}
        href={resource.url}
        target="_blank"
        rel="noopener noreferrer"
      >
        {content}
        <span className="tm-visually-hidden"> {messages['resource.newTab']}</span>
      </a>
    );
  },
);
