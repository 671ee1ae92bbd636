/** Elements inside `root` that stick out of it sideways, described for a failure message. */
export function overflowing(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  const out: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    // Visually hidden text is 1px and clipped: it cannot overflow what a reader sees.
    if (element.closest('.tm-visually-hidden')) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      out.push(
        `${element.tagName.toLowerCase()}.${element.className} [${rect.left}, ${rect.right}]`,
      );
    }
  }
  return out;
}

/** Buttons, links and inputs inside `root` smaller than 24×24 CSS px (WCAG 2.5.8). */
export function smallTargets(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], input')]
    .filter((element) => !element.closest('.tm-visually-hidden'))
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < 24 || rect.height < 24)
    .map(({ element, rect }) => `${element.textContent} ${rect.width}×${rect.height}`);
}
