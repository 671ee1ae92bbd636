import type { TopicStatus } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import type { SharedMessages } from '../i18n/messages';
import { StatusMenu } from './StatusMenu';

interface StatusControlProps {
  /** Prefix of the menu's id (`<base>-menu`). */
  base: string;
  /** The topic's title, in the current language. */
  title: string;
  status: TopicStatus;
  /** Id of the text saying which prerequisites the topic waits for, if it does. */
  lockId: string | undefined;
  menuOpen: boolean;
  readOnly: boolean;
  messages: SharedMessages;
}

/**
 * A topic's status: a menu button and, while open, its {@link StatusMenu}; or the status as text in
 * read-only mode. Its clicks and keys are handled by the element holding it (`useTopicControls`),
 * which finds the topic by the nearest `data-topic-id`. Shared by topic rows and the map's details.
 */
export function StatusControl({
  base,
  title,
  status,
  lockId,
  menuOpen,
  readOnly,
  messages,
}: StatusControlProps) {
  const statusText = messages[`status.${status}`];
  if (readOnly) {
    return (
      <span className="tm-topic__status">
        <span className="tm-visually-hidden">{`${messages['status.label']} `}</span>
        {statusText}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="tm-topic__status"
        data-tm-action="status"
        aria-haspopup="menu"
        // Present only while open, as the ARIA menu button pattern recommends.
        aria-expanded={menuOpen || undefined}
        aria-controls={menuOpen ? `${base}-menu` : undefined}
        aria-label={fillMessage(messages['status.control'], { title, status: statusText })}
        aria-describedby={lockId}
      >
        {statusText}
      </button>
      {menuOpen && (
        <StatusMenu
          id={`${base}-menu`}
          status={status}
          label={fillMessage(messages['status.menu'], { title })}
          messages={messages}
        />
      )}
    </>
  );
}
