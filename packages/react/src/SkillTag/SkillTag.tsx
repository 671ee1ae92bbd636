import type { Skill } from '@trailmark/curriculum';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useOptionalCurriculumContext } from '../CurriculumProvider/context';
import { useInterface } from '../CurriculumProvider/useInterface';
import { classNames, useRootClass } from '../root';

/** Props of {@link SkillTag}. */
export interface SkillTagProps extends ComponentPropsWithoutRef<'span'> {
  /** The skill, or its id (looked up in the provider's curriculum; unknown ids show as is). */
  skill: Skill | string;
  /**
   * Locale of the name and category.
   * @default the provider's, else 'en'
   */
  locale?: string;
}

/**
 * A skill's name as a small tag, colored by category (`data-category`); the category is also
 * read out, so color is not the only cue.
 *
 * @example <SkillTag skill="python" />
 */
export const SkillTag = /* @__PURE__ */ forwardRef<HTMLSpanElement, SkillTagProps>(
  function SkillTag({ skill, locale, className, ...rest }, ref) {
    const context = useOptionalCurriculumContext();
    const { messages, text } = useInterface(locale);
    const rootClass = useRootClass();
    const found =
      typeof skill === 'string' ? context?.curriculum.skills.find((s) => s.id === skill) : skill;
    return (
      <span
        {...rest}
        ref={ref}
        className={classNames(rootClass, 'tm-skill-tag', className)}
        data-category={found?.category}
      >
        {found && (
          <span className="tm-visually-hidden">{`${messages[`skill.${found.category}`]}: `}</span>
        )}
        {found ? text(found.name) : String(skill)}
      </span>
    );
  },
);
