import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cssOrder, mapCssOrder } from '../scripts/css-order.js';

const src = dirname(fileURLToPath(import.meta.url));
const tokensCss = readFileSync(
  createRequire(import.meta.url).resolve('@trailmark/tokens/tokens.css'),
  'utf8',
);

interface Declaration {
  file: string;
  property: string;
  value: string;
  /** Selectors and at-rule preludes enclosing the declaration, outermost first. */
  context: string[];
}

/** Declarations of a stylesheet with their enclosing blocks (enough for our plain CSS). */
function declarations(file: string): Declaration[] {
  const css = readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Declaration[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const char of css) {
    if (char === '{') {
      stack.push(buffer.trim());
      buffer = '';
    } else if (char === '}' || char === ';') {
      const text = buffer.trim();
      const colon = text.indexOf(':');
      if (text && colon > 0 && !text.startsWith('@')) {
        out.push({
          file,
          property: text.slice(0, colon).trim(),
          value: text.slice(colon + 1).trim(),
          context: [...stack],
        });
      }
      buffer = '';
      if (char === '}') stack.pop();
    } else {
      buffer += char;
    }
  }
  return out;
}

// Every stylesheet: those of dist/styles.css, and the map's (dist/map.css).
const files = [...new Set([...cssOrder, ...mapCssOrder])];
const all = files.flatMap(declarations);
const describeDeclaration = (d: Declaration) =>
  `${d.file}: ${d.context.at(-1)} { ${d.property}: ${d.value} }`;

/** A system colour in a forced-colors block: the reader's own palette, which tokens cannot name. */
function forcedColor(d: Declaration): boolean {
  return (
    d.context.some((c) => /^@media\s*\(forced-colors:\s*active\)/.test(c)) &&
    /^(?:Canvas|CanvasText|Highlight|HighlightText|LinkText|ButtonText|ButtonFace|GrayText)$/.test(
      d.value,
    )
  );
}

describe('component stylesheets', () => {
  it('give generated text empty alt text, so screen readers do not read decoration', () => {
    const visible = all.filter((d) => d.property === 'content' && /^["'][^"']/.test(d.value));
    expect(visible.length).toBeGreaterThan(0);
    for (const d of visible) {
      const alt = all.find(
        (other) =>
          other.file === d.file &&
          other.property === 'content' &&
          other.context.join() === d.context.join() &&
          /\/\s*""$/.test(other.value),
      );
      expect(alt, describeDeclaration(d)).toBeDefined();
    }
  });

  it('are all listed in the build order and imported by the browser tests', () => {
    const imports = readFileSync(join(src, 'test-support/styles.ts'), 'utf8');
    for (const file of cssOrder) expect(imports).toContain(`'../${file}'`);
  });

  it('use logical properties only, so right-to-left layouts mirror', () => {
    const physical =
      /^(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-\w+)?|left|right|top|bottom|width|height|min-width|max-width|min-height|max-height|float|clear)$/;
    const offending = all.filter(
      (d) =>
        physical.test(d.property) ||
        (d.property === 'text-align' && /\b(left|right)\b/.test(d.value)) ||
        /\b(?:float|clear)\b/.test(d.property),
    );
    expect(offending.map(describeDeclaration)).toEqual([]);
  });

  it('animate only for readers who did not ask for reduced motion', () => {
    const moving = all.filter((d) => /^(?:transition|animation)(?:-|$)/.test(d.property));
    expect(moving.length).toBeGreaterThan(0);
    const unguarded = moving.filter(
      (d) =>
        !d.context.some((c) => /^@media\s*\(prefers-reduced-motion:\s*no-preference\)/.test(c)),
    );
    expect(unguarded.map(describeDeclaration)).toEqual([]);
  });

  it('take colors, shadows and fonts from tokens, never literals', () => {
    const literal = all.filter(
      (d) =>
        /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|oklch|color-mix)\(/i.test(d.value) ||
        (/^(?:color|background(?:-color)?|fill|stroke|box-shadow|font-family|border-color)$/.test(
          d.property,
        ) &&
          !/var\(--tm-|^(?:none|currentColor|inherit|transparent)$/.test(d.value) &&
          !forcedColor(d)),
    );
    expect(literal.map(describeDeclaration)).toEqual([]);
  });

  it('reference only token variables that exist, or knobs they define', () => {
    const defined = new Set([
      ...[...tokensCss.matchAll(/(--tm-[\w-]+)\s*:/g)].map((m) => m[1]),
      ...all.filter((d) => d.property.startsWith('--tm-')).map((d) => d.property),
    ]);
    const missing = all.flatMap((d) =>
      [...d.value.matchAll(/var\((--[\w-]+)(,)?/g)]
        .filter(([, name, fallback]) => !fallback && !defined.has(name as string))
        .map(([, name]) => `${describeDeclaration(d)} -> ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('prefix every class with tm-', () => {
    const selectors = files.flatMap((file) =>
      [...readFileSync(join(src, file), 'utf8').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(
        (m) => m[1],
      ),
    );
    expect(selectors.filter((name) => !name?.startsWith('tm-'))).toEqual([]);
  });
});
