import { render } from '@testing-library/react';
import { createRef, type ReactElement, type Ref } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';

/** What a conformance render receives: to spread on the component under test. */
export interface ConformanceProps {
  ref: Ref<Element>;
  className: string;
  'data-testid': string;
  title: string;
}

/**
 * The checks every component passes (STYLE.md): rest props reach the root, `className` merges
 * with the component's own class, the ref is forwarded to the root, and axe finds nothing.
 *
 * @param name Component name for the test titles.
 * @param ownClass The class the component always puts on its root.
 * @param renderComponent Renders the component with the given props (wrapped as it needs).
 */
export function describeConformance(
  name: string,
  ownClass: string,
  renderComponent: (props: ConformanceProps) => ReactElement,
): void {
  describe(`${name} conformance`, () => {
    function setup() {
      const ref = createRef<Element>();
      const utils = render(
        renderComponent({
          ref,
          className: 'custom-class',
          'data-testid': 'conformance-root',
          title: 'rest prop',
        }),
      );
      return { ref, root: utils.getByTestId('conformance-root'), ...utils };
    }

    it('spreads rest props on the root', () => {
      const { root } = setup();
      expect(root.getAttribute('title')).toBe('rest prop');
    });

    it('merges className with its own class', () => {
      const { root } = setup();
      expect(root.classList.contains('custom-class')).toBe(true);
      expect(root.classList.contains(ownClass)).toBe(true);
    });

    it('forwards the ref to the root element', () => {
      const { ref, root } = setup();
      expect(ref.current).toBe(root);
    });

    it('has no axe violations', async () => {
      const { container } = setup();
      expect(await axeViolations(container)).toEqual([]);
    });
  });
}
