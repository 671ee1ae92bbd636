import type { HTMLAttributes } from 'react';

/** A heading level for component titles, so they fit the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `<h2>`…`<h6>` chosen by `level`. */
export function Heading({
  level,
  ...props
}: HTMLAttributes<HTMLHeadingElement> & { level: HeadingLevel }) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
