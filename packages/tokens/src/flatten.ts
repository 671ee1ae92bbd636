/**
 * How nested token groups become the flat, dash-joined names used in CSS: `status.notStarted.fg`
 * under `color` becomes `color-status-not-started-fg`.
 */

/** `textMuted` -> `text-muted`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `[name, value]` for every leaf under `value`, names dash-joined onto `prefix`. */
export function flatten(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'string' || typeof value === 'number') return [[prefix, String(value)]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flatten(child, `${prefix}-${kebab(key)}`),
  );
}
