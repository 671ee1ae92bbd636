import { fillMessage } from '@trailmark/curriculum/locale';
import type { ReactNode } from 'react';
import { useInterface } from './CurriculumProvider/useInterface';

/** A line that starts with a bold label: "Skills: Python Retrieval", "技能：Python". */
export function Labeled({
  label,
  tags,
  children,
}: {
  label: string;
  /** Lays the items out as wrapping tags. */
  tags?: boolean;
  children: ReactNode;
}) {
  // The colon is the language's (`：` in Chinese), from the `labelled` message.
  const { messages } = useInterface();
  return (
    <p className={tags ? 'tm-tags' : undefined}>
      <span className="tm-label">{fillMessage(messages.labelled, { label, value: '' })}</span>
      {children}
    </p>
  );
}
