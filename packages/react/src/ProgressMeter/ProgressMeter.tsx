import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useInterface } from '../CurriculumProvider/useInterface';
import { classNames, flag, useRootClass } from '../root';

/** Props of {@link ProgressMeter}. */
export interface ProgressMeterProps extends ComponentPropsWithoutRef<'div'> {
  /** How much is complete, from 0 to `max`; out-of-range values are clamped. */
  value: number;
  /**
   * The value that means complete.
   * @default 100
   */
  max?: number;
  /** The accessible name of the bar, e.g. "L1 progress". */
  label: string;
  /**
   * Shows the percentage as text beside the bar.
   * @default true
   */
  showValue?: boolean;
  /**
   * Locale of the percentage.
   * @default the provider's, else 'en'
   */
  locale?: string;
}

/**
 * A progress bar (native `<progress>`, so assistive technology reads its value) with the
 * percentage beside it.
 *
 * @example <ProgressMeter value={12} max={40} label="L1 progress" />
 */
export const ProgressMeter = /* @__PURE__ */ forwardRef<HTMLDivElement, ProgressMeterProps>(
  function ProgressMeter(
    { value, max = 100, label, showValue = true, locale, className, ...rest },
    ref,
  ) {
    const { format } = useInterface(locale);
    const safeMax = max > 0 && Number.isFinite(max) ? max : 100;
    const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 0), safeMax) : 0;
    const percent = (clamped / safeMax) * 100;
    return (
      <div
        {...rest}
        ref={ref}
        className={classNames(useRootClass(), 'tm-progress', className)}
        data-complete={flag(clamped === safeMax)}
      >
        <progress className="tm-progress__bar" value={clamped} max={safeMax} aria-label={label} />
        {showValue && (
          <span className="tm-progress__value" aria-hidden="true">
            {format.percent(percent)}
          </span>
        )}
      </div>
    );
  },
);
