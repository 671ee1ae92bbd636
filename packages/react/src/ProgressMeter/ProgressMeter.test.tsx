import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../test-support/conformance';
import { ProgressMeter } from './ProgressMeter';

describeConformance('ProgressMeter', 'tm-progress', (props) => (
  <ProgressMeter {...props} ref={props.ref as never} value={3} max={4} label="L1 progress" />
));

describe('ProgressMeter', () => {
  it('is a named progress bar with its value, and shows the percentage', () => {
    const { container } = render(<ProgressMeter value={3} max={4} label="L1 progress" />);
    const bar = screen.getByRole('progressbar', { name: 'L1 progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(3);
    expect(bar.max).toBe(4);
    expect(container.textContent).toBe('75%');
  });

  it.each([
    [-5, 0, '0%'],
    [150, 100, '100%'],
    [Number.NaN, 0, '0%'],
  ])('clamps %s to %s', (value, expected, text) => {
    const { container } = render(<ProgressMeter value={value} label="p" />);
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(expected);
    expect(container.textContent).toBe(text);
  });

  it('marks completion and can hide the number', () => {
    const { container } = render(<ProgressMeter value={10} max={10} label="p" showValue={false} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.hasAttribute('data-complete')).toBe(true);
    expect(root.textContent).toBe('');
  });

  it('formats the percentage for the locale', () => {
    const { container } = render(<ProgressMeter value={50} label="p" locale="fr" />);
    expect(container.textContent?.replace(/\s/g, ' ')).toBe('50 %');
  });
});
