import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState';

const caller = 'Probe `value`';

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultProp: 1, onChange, caller }));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    act(() => result.current[1]((previous) => previous + 3));
    expect(result.current[0]).toBe(5);
    expect(onChange.mock.calls).toEqual([[2], [5]]);
  });

  it('follows the prop when controlled and only asks for changes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ prop: value, defaultProp: 0, onChange, caller }),
      { initialProps: { value: 10 } },
    );
    act(() => result.current[1](11));
    expect(result.current[0]).toBe(10);
    expect(onChange).toHaveBeenCalledWith(11);
    rerender({ value: 11 });
    expect(result.current[0]).toBe(11);
  });

  it('does not report a value equal to the current one', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ defaultProp: 'a', onChange, caller }),
    );
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('gives a setter that stays the same across renders', () => {
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ prop: value, defaultProp: 0, caller }),
      { initialProps: { value: 1 } },
    );
    const setter = result.current[1];
    rerender({ value: 2 });
    expect(result.current[1]).toBe(setter);
  });

  it('sees the latest value when called twice before a render', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultProp: 0, onChange, caller }));
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(2);
    expect(onChange.mock.calls).toEqual([[1], [2]]);
  });

  describe('in development', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
    });

    it.each([
      ['uncontrolled', 'controlled', undefined, 5],
      ['controlled', 'uncontrolled', 5, undefined],
    ])('warns, naming the caller, when a value goes from %s to %s', (from, to, first, second) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = renderHook(
        ({ value }) => useControllableState({ prop: value, defaultProp: 0, caller }),
        { initialProps: { value: first as number | undefined } },
      );
      rerender({ value: first });
      expect(warn).not.toHaveBeenCalled();
      rerender({ value: second });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain(
        `Probe \`value\` is changing from ${from} to ${to}`,
      );
    });

    it('stays silent in production', () => {
      vi.stubEnv('NODE_ENV', 'production');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = renderHook(
        ({ value }) => useControllableState({ prop: value, defaultProp: 0, caller }),
        { initialProps: { value: undefined as number | undefined } },
      );
      rerender({ value: 1 });
      expect(warn).not.toHaveBeenCalled();
    });
  });
});
