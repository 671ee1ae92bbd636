import { TOPIC_STATUSES, type TopicStatus } from '@trailmark/curriculum';
import { useEffect, useRef } from 'react';
import type { SharedMessages } from '../i18n/messages';

interface StatusMenuProps {
  id: string;
  status: TopicStatus;
  label: string;
  messages: SharedMessages;
}

/**
 * The status choices of one topic, rendered only while open. Clicks and keys are handled by the
 * element holding the row (`useTopicControls`: the `TopicList`, or a lone `TopicItem`), so the
 * menu carries no listeners of its own.
 */
export function StatusMenu({ id, status, label, messages }: StatusMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  }, []);
  return (
    <div ref={menu} id={id} role="menu" aria-label={label} className="tm-status-menu">
      {TOPIC_STATUSES.map((value) => (
        <button
          key={value}
          type="button"
          role="menuitemradio"
          aria-checked={value === status}
          tabIndex={-1}
          className="tm-status-menu__item"
          data-tm-action="set-status"
          data-value={value}
          data-status={value}
        >
          {messages[`status.${value}`]}
        </button>
      ))}
    </div>
  );
}
