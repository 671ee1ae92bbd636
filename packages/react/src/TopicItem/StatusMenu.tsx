import { TOPIC_STATUSES, type TopicStatus } from '@trailmark/curriculum';
import type { SharedMessages } from '../i18n/messages';

interface StatusMenuProps {
  id: string;
  status: TopicStatus;
  label: string;
  messages: SharedMessages;
}

function focusOnMount(item: HTMLElement | null) {
  item?.focus();
}

/**
 * The status choices of one topic, rendered only while open. Clicks and keys are handled by the
 * element holding the row (`useTopicControls`: the `TopicList`, or a lone `TopicItem`), so the
 * menu carries no listeners of its own.
 */
export function StatusMenu({ id, status, label, messages }: StatusMenuProps) {
  return (
    <div id={id} role="menu" aria-label={label} className="tm-status-menu">
      {TOPIC_STATUSES.map((value) => (
        <button
          key={value}
          type="button"
          role="menuitemradio"
          aria-checked={value === status}
          tabIndex={-1}
          // The checked item takes focus when the menu opens (the ARIA menu button pattern).
          ref={value === status ? focusOnMount : undefined}
          className="tm-status-menu__item"
          data-tm-action="set-status"
          data-status={value}
        >
          {messages[`status.${value}`]}
        </button>
      ))}
    </div>
  );
}
