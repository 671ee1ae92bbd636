import { localize } from '@trailmark/curriculum';
import { TopicList } from '@trailmark/react';
import { type FocusEvent, Fragment, useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { roadmap } from './builtIn';
import { TOPICS, topicPath } from './topicPages';

/** Props of {@link NextUp}. */
export interface NextUpProps {
  /** The topics to study next, in order. */
  topicIds: readonly string[];
}

/** The status button of the row of `topicId` inside `list`. */
function statusButtonOf(list: HTMLElement, topicId: string): HTMLElement | null {
  return list.querySelector<HTMLElement>(
    `[data-topic-id="${CSS.escape(topicId)}"] [data-tm-action="status"]`,
  );
}

/**
 * The "Next up" panel. Marking a topic done (or skipped) takes it out of this list, with the focus
 * still on its status button; without help the focus would fall to `<body>` and a keyboard user
 * would start over from the top of the page. So when the focused topic leaves, focus moves to the
 * status button of the topic now at its place (the last one if it was last), or to the heading
 * when the list is empty.
 * @example <NextUp topicIds={nextTopics(roadmap, progress, 3).map((entry) => entry.topic.id)} />
 */
export function NextUp({ topicIds }: NextUpProps) {
  const t = useT();
  const locale = useAppLocale();
  const titleOf = (id: string) => {
    const topic = TOPICS.get(id)?.topic;
    return topic ? localize(topic.title, locale, roadmap.defaultLocale) : id;
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The topic whose row holds the focus (kept when that row is removed while focused). */
  const focused = useRef<string | null>(null);
  const shown = useRef(topicIds);

  function onFocus(event: FocusEvent<HTMLUListElement>) {
    const row = (event.target as Element).closest<HTMLElement>('[data-topic-id]');
    focused.current = row?.dataset.topicId ?? null;
  }

  function onBlur(event: FocusEvent<HTMLUListElement>) {
    const next = event.relatedTarget as Node | null;
    if (next && event.currentTarget.contains(next)) return;
    // A removed row's button loses focus without anything taking it; keep its topic for the
    // layout effect below. Any other blur means the user moved on.
    if (next || (event.target as Element).isConnected) focused.current = null;
  }

  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = topicIds;
    const id = focused.current;
    if (id === null || topicIds.includes(id)) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const index = Math.min(Math.max(before.indexOf(id), 0), topicIds.length - 1);
    const replacement = topicIds[index];
    const target = replacement && list.current ? statusButtonOf(list.current, replacement) : null;
    (target ?? heading.current)?.focus();
  }, [topicIds]);

  return (
    <section className="demo-panel" aria-labelledby="next-heading">
      <h2 id="next-heading" ref={heading} tabIndex={-1}>
        {t('roadmap.next')}
      </h2>
      {topicIds.length > 0 ? (
        <>
          <TopicList ref={list} topicIds={topicIds} onFocus={onFocus} onBlur={onBlur} />
          {/* The rows' titles open their details in place; each topic's own page is a link here. */}
          <p className="demo-next-links">
            {t('roadmap.nextPages')}{' '}
            {topicIds.map((id, i) => (
              <Fragment key={id}>
                {i > 0 && ' · '}
                <Link href={topicPath(id)}>{titleOf(id)}</Link>
              </Fragment>
            ))}
          </p>
        </>
      ) : (
        <p>{t('roadmap.nextEmpty')}</p>
      )}
    </section>
  );
}
