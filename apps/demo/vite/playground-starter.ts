import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { checkText } from '../src/playground/check.ts';

const ID = 'virtual:playground-starter-check';
const STARTER = fileURLToPath(new URL('../src/playground/starter.yaml', import.meta.url));

/**
 * `virtual:playground-starter-check`: the check of the playground's starter document, done at
 * build time. The page opens with the starter, and checking it on the page (reading the YAML,
 * validating the curriculum) was one of the longest tasks of its hydration on a slow phone. The
 * starter must be valid (the build fails otherwise), so the report holds no words of a language.
 */
export function playgroundStarterCheck(): Plugin {
  return {
    name: 'trailmark:playground-starter-check',
    resolveId(source) {
      return source === ID ? `\0${ID}` : null;
    },
    async load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(STARTER);
      const report = checkText(await readFile(STARTER, 'utf8'), 'en');
      if (report.kind !== 'valid') {
        const found = report.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
        throw new Error(`src/playground/starter.yaml must be a valid curriculum: ${found}`);
      }
      return `export default ${JSON.stringify(report)};`;
    },
  };
}
