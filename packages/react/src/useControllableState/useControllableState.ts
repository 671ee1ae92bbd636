import { useCallback, useState } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value. When not `undefined`, the hook follows it and never stores its own. */
  prop?: T | undefined;
  /** The initial value when uncontrolled. */
  defaultProp: T;
  /** Called with the next value whenever a setter call changes it, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /**
   * The component the value belongs to, named in the development warning given when the value
   * switches between controlled and uncontrolled.
   * @example 'LevelCard'
   */
  caller: string;
}

/** The value to store, or a function of the current value. */
export type SetStateAction<T> = T | ((previous: T) => T);

/**
 * One state for every `value` / `defaultValue` / `onValueChange` prop trio: controlled when `prop`
 * is defined, uncontrolled otherwise. The setter is stable across renders. Outside production
 * (`process.env.NODE_ENV !== 'production'`) it warns, naming `caller`, when `prop` switches
 * between defined and `undefined`: the component keeps behaving, but which value wins changes.
 *
 * @example
 * const [expanded, setExpanded] = useControllableState({
 *   prop: props.expanded,
 *   defaultProp: props.defaultExpanded ?? false,
 *   onChange: props.onExpandedChange,
 *   caller: 'LevelCard',
 * });
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllableStateOptions<T>): [T, (next: SetStateAction<T>) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : uncontrolled;

  // The setter reads the latest value and callback from one object kept across renders, so that
  // it can stay stable, which keeps memoized children from re-rendering when a parent re-renders.
  const [latest] = useState(() => ({ value, controlled, onChange }));
  // Bundlers replace NODE_ENV, so a production build drops the check.
  if (process.env.NODE_ENV !== 'production' && latest.controlled !== controlled) {
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled'];
    console.warn(
      `Trailmark: ${caller} is changing from ${from} to ${to}. A value should stay controlled ` +
        '(always defined) or uncontrolled (always undefined) for the life of the component.',
    );
  }
  Object.assign(latest, { value, controlled, onChange });

  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.value) : (next as T);
      if (Object.is(resolved, latest.value)) return;
      if (!latest.controlled) {
        latest.value = resolved;
        setUncontrolled(resolved);
      }
      latest.onChange?.(resolved);
    },
    [latest],
  );

  return [value, setValue];
}
