import type { Role } from '@trailmark/curriculum';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useOptionalCurriculumContext } from '../CurriculumProvider/context';
import { useInterface } from '../CurriculumProvider/useInterface';
import { classNames } from '../root';

/** Props of {@link RoleBadge}. `role` is the job role, not an ARIA role. */
export interface RoleBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'role'> {
  /** The job role, or its id (looked up in the provider's curriculum; unknown ids show as is). */
  role: Role | string;
  /**
   * Locale of the title.
   * @default the provider's, else 'en'
   */
  locale?: string;
}

/**
 * A job role a level prepares for, as a badge.
 *
 * @example <RoleBadge role="llm-application-engineer" />
 */
export const RoleBadge = forwardRef<HTMLSpanElement, RoleBadgeProps>(function RoleBadge(
  { role, locale, className, ...rest },
  ref,
) {
  const context = useOptionalCurriculumContext();
  const { messages, text } = useInterface(locale);
  const found =
    typeof role === 'string' ? context?.curriculum.roles.find((r) => r.id === role) : role;
  return (
    <span {...rest} ref={ref} className={classNames('tm-role-badge', className)}>
      <span className="tm-visually-hidden">{`${messages['role.label']}: `}</span>
      {found ? text(found.title) : String(role)}
    </span>
  );
});
