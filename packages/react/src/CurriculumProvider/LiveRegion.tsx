import { useCallback } from 'react';

/** How long a burst of changes (typing "12", clicking through statuses) is waited out. */
export const SETTLE_MS = 500;

/** Says what changed in one polite live region, once changes settle. */
export interface Announcer {
  /**
   * Puts `message` in the region when nothing else is posted for {@link SETTLE_MS}: of a burst,
   * only the last message is read, and the text already there is not repeated.
   */
  announce(message: string): void;
  /** The region element's ref. */
  attach(element: HTMLElement | null): void;
}

/** An announcer writing into the element given to `attach`. */
export function createAnnouncer(): Announcer {
  let region: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(message) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // The text only: React renders the region without children, so it never overwrites this.
        if (region && region.textContent !== message) region.textContent = message;
      }, SETTLE_MS);
    },
    attach(element) {
      if (!element) clearTimeout(timer);
      region = element;
    },
  };
}

/**
 * The provider's polite live region. It is rendered empty, on the server too: screen readers read
 * changes to a region that is already in the page, not one inserted with its text.
 */
export function LiveRegion({
  announcer,
  onElement,
}: {
  announcer: Announcer;
  /** Told of the region's element: the provider reads the nearest `lang` from where it sits. */
  onElement?: (element: HTMLElement | null) => void;
}) {
  const ref = useCallback(
    (element: HTMLElement | null) => {
      announcer.attach(element);
      onElement?.(element);
    },
    [announcer, onElement],
  );
  return (
    // `status` reads the whole text (atomic); aria-live says polite for readers that miss the role.
    <div ref={ref} className="tm-visually-hidden" role="status" aria-live="polite" />
  );
}
