/**
 * The element's styles as one constructed stylesheet, shared by every instance on the page and
 * adopted into each shadow root. Adopted sheets are not `<style>` elements or `style` attributes,
 * so a Content-Security-Policy without `'unsafe-inline'` allows them.
 */
import stylesheet from 'virtual:trailmark-embed-stylesheet';

let sheet: CSSStyleSheet | undefined;

/** Whether this browser can adopt constructed stylesheets (all current engines can). */
export function supportsAdoptedStyles(): boolean {
  return (
    typeof ShadowRoot !== 'undefined' &&
    'adoptedStyleSheets' in ShadowRoot.prototype &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

/** Adds the shared sheet to a shadow root, creating it on first use. */
export function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(stylesheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
