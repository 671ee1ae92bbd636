import type { ReactNode } from 'react';

/** A line that starts with a bold label: "Skills: Python Retrieval". */
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
  return (
    <p className={tags ? 'tm-tags' : undefined}>
      <span className="tm-label">{`${label}: `}</span>
      {children}
    </p>
  );
}
