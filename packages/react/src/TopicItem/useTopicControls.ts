import type { TopicStatus } from '@trailmark/curriculum';
import {
  type DOMAttributes,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useState,
} from 'react';
import { moveFocusByKey } from '../arrowFocus';
import { type CurriculumContextValue, changeStatus } from '../CurriculumProvider/context';

type Handlers<E> = Pick<DOMAttributes<E>, 'onClick' | 'onKeyDown' | 'onBlur'>;

function statusButton(item: Element): HTMLElement | null {
  return item.querySelector<HTMLElement>('[data-tm-action="status"]');
}

/**
 * The behaviour of topic rows, as listeners for the element that holds them: a `TopicList`'s list
 * (one set of listeners for any number of rows) or a lone `TopicItem`'s row. The title toggles the
 * details (`toggleDetails`), the status button opens the status menu, a menu item sets the status
 * through the provider. Returns the id of the topic whose menu is open, and the listeners, which
 * call the element's own from `own` (its props) first: a `preventDefault()` there skips ours.
 */
export function useTopicControls<E extends HTMLElement>(
  context: CurriculumContextValue,
  toggleDetails: (topicId: string) => void,
  own: Handlers<E>,
): [menuFor: string | null, handlers: Required<Handlers<E>>] {
  const [menuFor, setMenuFor] = useState<string | null>(null);

  function handleClick(event: MouseEvent<E>) {
    own.onClick?.(event);
    // Titles (disclosures) are known by their class; the other controls by data-tm-action.
    const control = (event.target as Element).closest<HTMLElement>(
      '.tm-topic__title, [data-tm-action]',
    );
    const item = control?.closest<HTMLElement>('[data-topic-id]');
    if (event.defaultPrevented || !control || !item) return;
    const id = item.dataset.topicId as string;
    const action = control.dataset.tmAction;
    if (!action) {
      toggleDetails(id);
    } else if (action === 'status') {
      setMenuFor((open) => (open === id ? null : id));
    } else if (action === 'set-status') {
      statusButton(item)?.focus();
      setMenuFor(null);
      changeStatus(context, id, control.dataset.status as TopicStatus);
    }
  }

  function handleKeyDown(event: KeyboardEvent<E>) {
    own.onKeyDown?.(event);
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[data-topic-id]');
    if (event.defaultPrevented || !item) return;
    const action = target.dataset.tmAction;
    if (action === 'status' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setMenuFor(item.dataset.topicId as string);
    } else if (action === 'set-status') {
      const items = [...(target.parentElement?.children ?? [])] as HTMLElement[];
      // Menus wrap: past the last status comes the first.
      if (moveFocusByKey(event, items, 'vertical', true)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        statusButton(item)?.focus();
        setMenuFor(null);
      } else if (event.key === 'Tab') {
        setMenuFor(null);
      }
    }
  }

  function handleBlur(event: FocusEvent<E>) {
    own.onBlur?.(event);
    if (menuFor === null) return;
    const next = event.relatedTarget as Node | null;
    const item = (event.target as Element).closest('[data-topic-id]');
    const menu = item?.querySelector('[role="menu"]');
    // Moving between the menu and its button keeps the menu; anything else closes it.
    if (item && next && (menu?.contains(next) || next === statusButton(item))) return;
    setMenuFor(null);
  }

  return [menuFor, { onClick: handleClick, onKeyDown: handleKeyDown, onBlur: handleBlur }];
}
