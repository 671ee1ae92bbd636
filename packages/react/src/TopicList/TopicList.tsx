import { setStatus, type TopicStatus } from '@trailmark/curriculum';
import {
  type ComponentPropsWithoutRef,
  type FocusEvent,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  useMemo,
  useState,
} from 'react';
import { useCurriculumContext } from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import { classNames, type ThemeProps } from '../root';
import { TopicRow } from '../TopicItem/TopicItem';
import { useTopicStates } from '../TopicItem/topicState';

/** Props of {@link TopicList}. */
export interface TopicListProps
  extends ComponentPropsWithoutRef<'ul'>,
    ThemeProps,
    CurriculumSourceProps {
  /** The module whose topics to list. */
  moduleId?: string;
  /** The topics to list, in this order (wins over `moduleId`). Unknown ids are skipped. */
  topicIds?: readonly string[];
}

const noTopics: readonly string[] = [];
const closed: ReadonlySet<string> = /* @__PURE__ */ new Set();

function statusButton(item: Element): HTMLElement | null {
  return item.querySelector<HTMLElement>('[data-tm-action="status"]');
}

const TopicListBase = /* @__PURE__ */ forwardRef<HTMLUListElement, TopicListProps>(
  function TopicList(
    { moduleId, topicIds, theme = 'auto', className, onClick, onKeyDown, onBlur, ...rest },
    ref,
  ) {
    const context = useCurriculumContext('TopicList');
    const { curriculum, store } = context;
    const ids = useMemo(() => {
      if (topicIds) return topicIds;
      for (const level of curriculum.levels) {
        const found = level.modules.find((module) => module.id === moduleId);
        if (found) return found.topics.map((topic) => topic.id);
      }
      return noTopics;
    }, [curriculum, moduleId, topicIds]);
    // One subscription for the whole list; each row is memoized and re-renders only for its own
    // state.
    const states = useTopicStates(context, ids);
    const [menuFor, setMenuFor] = useState<string | null>(null);
    const [details, setDetails] = useState(closed);

    // One set of listeners for the whole list: rows stay free of handlers (1,000 rows, 3 listeners).
    function handleClick(event: MouseEvent<HTMLUListElement>) {
      onClick?.(event);
      // Titles (disclosures) are known by their class; the other controls by data-tm-action.
      const control = (event.target as Element).closest<HTMLElement>(
        '.tm-topic__title, [data-tm-action]',
      );
      const item = control?.closest<HTMLElement>('[data-topic-id]');
      if (event.defaultPrevented || !control || !item) return;
      const id = item.dataset.topicId as string;
      const action = control.dataset.tmAction;
      if (!action) {
        setDetails((open) => {
          const next = new Set(open);
          if (!next.delete(id)) next.add(id);
          return next;
        });
      } else if (action === 'status') {
        setMenuFor((open) => (open === id ? null : id));
      } else if (action === 'set-status') {
        statusButton(item)?.focus();
        setMenuFor(null);
        store.set(setStatus(store.get(), id, control.dataset.value as TopicStatus));
      }
    }

    function handleKeyDown(event: KeyboardEvent<HTMLUListElement>) {
      onKeyDown?.(event);
      const target = event.target as HTMLElement;
      const item = target.closest<HTMLElement>('[data-topic-id]');
      if (event.defaultPrevented || !item) return;
      const action = target.dataset.tmAction;
      if (action === 'status' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        setMenuFor(item.dataset.topicId as string);
      } else if (action === 'set-status') {
        const items = Array.from(target.parentElement?.children ?? []) as HTMLElement[];
        const index = items.indexOf(target);
        const moves: Record<string, number> = {
          ArrowDown: index + 1,
          ArrowUp: index - 1 + items.length,
          Home: 0,
          End: items.length - 1,
        };
        const move = moves[event.key];
        if (move !== undefined) {
          event.preventDefault();
          items[move % items.length]?.focus();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          statusButton(item)?.focus();
          setMenuFor(null);
        } else if (event.key === 'Tab') {
          setMenuFor(null);
        }
      }
    }

    function handleBlur(event: FocusEvent<HTMLUListElement>) {
      onBlur?.(event);
      if (menuFor === null) return;
      const next = event.relatedTarget as Node | null;
      const item = (event.target as Element).closest('[data-topic-id]');
      const menu = item?.querySelector('[role="menu"]');
      // Moving between the menu and its button keeps the menu; anything else closes it.
      if (item && next && (menu?.contains(next) || next === statusButton(item))) return;
      setMenuFor(null);
    }

    return (
      <ul
        {...rest}
        ref={ref}
        className={classNames('tm-root tm-topic-list', className)}
        data-tm-theme={theme}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onBlur={handleBlur}
      >
        {ids.map((id, index) => (
          <TopicRow
            key={id}
            topicId={id}
            state={states[index] as string}
            menuOpen={menuFor === id}
            detailsOpen={details.has(id)}
          />
        ))}
      </ul>
    );
  },
);

/**
 * A module's topics (or any topics by id), each with its status control. Handles the rows' clicks
 * and keys by delegation; changing one topic's status re-renders only that row (and rows whose
 * lock it changes).
 *
 * @example
 * <TopicList curriculum={llmEngineer} moduleId="prompting" />
 */
export const TopicList = /* @__PURE__ */ withCurriculum(TopicListBase, 'TopicList');
