import type { Role } from '@trailmark/curriculum';
import { fillMessage } from '@trailmark/curriculum/locale';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useOptionalCurriculumContext } from '../CurriculumProvider/context';
import { useInterface } from '../CurriculumProvider/useInterface';
import { classNames, useRootClass } from '../root';

/** Props of {@link RoleBadge}. */
export interface RoleBadgeProps extends ComponentPropsWithoutRef<'span'> {
  /**
   * The job role, or its id (looked up in the provider's curriculum; unknown ids show as is).
   * Named `jobRole` so it never clashes with the ARIA `role` attribute.
   */
  jobRole: Role | string;
  /**
   * Locale of the title.
   * @default the provider's, else 'en'
   */
  locale?: string;
}

/**
 * A job role a level prepares for, as a badge.
 *
 * @example <RoleBadge jobRole="llm-application-engineer" />
 */
export const RoleBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, RoleBadgeProps>(
  function RoleBadge({ jobRole, locale, className, ...rest }, ref) {
    const context = useOptionalCurriculumContext();
    const { messages, text } = useInterface(locale);
    const rootClass = useRootClass();
    const found =
      typeof jobRole === 'string'
        ? context?.curriculum.roles.find((role) => role.id === jobRole)
        : jobRole;
    return (
      <span {...rest} ref={ref} className={classNames(rootClass, 'tm-role-badge', className)}>
        <span className="tm-visually-hidden">
          {fillMessage(messages.labelled, { label: messages['role.label'], value: '' })}
        </span>
        {found ? text(found.title) : String(jobRole)}
      </span>
    );
  },
);
