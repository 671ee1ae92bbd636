#!/usr/bin/env node
// The public API of each published package, recorded by API Extractor in `api/*.api.md`: one
// report per entry point of the package's `exports` (every subpath with `types`), read from the
// declarations tsdown writes to `dist/`. A change to what a package exports is then a diff in a
// committed file, reviewed like code. It also fails when a README example imports a name that
// the entry point does not export.
//
//   node scripts/api-report.mjs [package-dir…]            check: fail when a report is out of date
//   node scripts/api-report.mjs --update [package-dir…]   write the reports (`npm run api:update`)
//
// Without a directory it runs for every published package. Build first (`npm run build`).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { publishedPackages } from './lib/workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const update = args.includes('--update');
const dirs = args.filter((arg) => !arg.startsWith('--'));
const packageDirs =
  dirs.length > 0
    ? dirs.map((dir) => resolve(dir))
    : publishedPackages.map((p) => join(root, p.dir));

/** Report file names are the package's unscoped name, then the subpath: `curriculum-schema.api.md`. */
function reportName(packageName, subpath) {
  const base = packageName.replace(/^@[^/]+\//, '');
  const rest = subpath === '.' ? '' : `-${subpath.slice(2).replace(/[/.]+/g, '-')}`;
  return `${base}${rest}.api.md`;
}

/** The entry points of a package: each subpath of `exports` with declarations, once per file. */
function entryPoints(manifest) {
  const seen = new Set();
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const types = typeof target === 'object' && target !== null ? target.types : undefined;
    if (typeof types !== 'string' || seen.has(types)) continue;
    seen.add(types);
    entries.push({ subpath, types, report: reportName(manifest.name, subpath) });
  }
  return entries;
}

/** API Extractor settings for one entry point; only the report is produced. */
function configFor(packageDir, entry, tempFolder) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: packageDir,
      mainEntryPointFilePath: join(packageDir, entry.types),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            types: [],
            // The dependencies' declarations (zod, React) are theirs to check.
            skipLibCheck: true,
          },
          files: [join(packageDir, entry.types)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.report,
        reportFolder: join(packageDir, 'api'),
        reportTempFolder: tempFolder,
      },
      newlineKind: 'lf',
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The comments are JSDoc (`@default`, `@example` in prose), not strict TSDoc.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // No @public/@beta tags: everything exported is public.
          'ae-missing-release-tag': { logLevel: 'none' },
          // A type the entry uses but does not export shows in the report, marked, for review.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          // Not in the report: its entries carry line numbers, so any edit above an undocumented
          // member would change the report without changing the API.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
        },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(packageDir, 'package.json'),
  });
}

const readmes = [
  join(root, 'README.md'),
  ...publishedPackages.map((p) => join(root, p.dir, 'README.md')),
].filter((file) => existsSync(file));

/**
 * Names the README examples import from `packageName` that an entry point does not export, as
 * `README.md: import { x } from 'pkg/sub'` lines. The examples are what people copy: a renamed or
 * removed export must not live on there.
 */
function readmeImportProblems(packageName, entries, compilerState) {
  const program = compilerState.program;
  const checker = program.getTypeChecker();
  const exportsOf = new Map();
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    const symbol = source && checker.getSymbolAtLocation(source);
    const names = symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [];
    exportsOf.set(
      entry.subpath === '.' ? packageName : `${packageName}${entry.subpath.slice(1)}`,
      names,
    );
  }
  const problems = [];
  const importPattern = /import\s+(type\s+)?([\w$]+\s*,?\s*)?(\{[^}]*\})?\s*from\s*'([^']+)'/g;
  for (const readme of readmes) {
    const text = readFileSync(readme, 'utf8');
    for (const [, , defaultName, braces = '', from = ''] of text.matchAll(importPattern)) {
      if (from !== packageName && !from.startsWith(`${packageName}/`)) continue;
      const exported = exportsOf.get(from);
      // Subpaths without declarations (CSS, JSON) are not checked here.
      if (!exported) continue;
      const names = braces
        .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
        .replace(/[{}]/g, '')
        .split(',')
        .map(
          (name) =>
            name
              .trim()
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)[0],
        )
        .filter(Boolean);
      if (defaultName?.replace(/[\s,]/g, '')) names.push('default');
      for (const name of names) {
        if (!exported.includes(name)) {
          problems.push(`${relative(root, readme)}: \`${name}\` is not exported by '${from}'`);
        }
      }
    }
  }
  return problems;
}

const QUIET = new Set([
  'console-preamble',
  'console-api-report-copied',
  'console-api-report-created',
]);

let failures = 0;
const tempFolder = mkdtempSync(join(tmpdir(), 'trailmark-api-'));
try {
  for (const packageDir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const entries = entryPoints(manifest);
    const missing = entries.filter((entry) => !existsSync(join(packageDir, entry.types)));
    if (missing.length > 0) {
      console.error(
        `${manifest.name}: ${missing.map((entry) => entry.types).join(', ')} missing; run \`npm run build\` first.`,
      );
      failures += 1;
      continue;
    }
    const configs = entries.map((entry) => configFor(packageDir, entry, tempFolder));
    // One TypeScript program for all entry points of the package: they share most declarations.
    const [first, ...rest] = configs;
    const compilerState = CompilerState.create(first, {
      additionalEntryPoints: rest.map((config) => config.mainEntryPointFilePath),
    });
    for (const [index, config] of configs.entries()) {
      const entry = entries[index];
      const result = Extractor.invoke(config, {
        localBuild: update,
        compilerState,
        printApiReportDiff: !update,
        messageCallback(message) {
          // The TypeScript version notice and the report's "changed/created" notices are noise
          // here: one line per entry point is printed below.
          if (QUIET.has(message.messageId)) message.logLevel = 'none';
        },
      });
      const name = `${manifest.name}${entry.subpath === '.' ? '' : entry.subpath.slice(1)}`;
      const file = relative(root, join(packageDir, 'api', entry.report));
      if (!result.succeeded) {
        failures += 1;
        console.error(
          update
            ? `✗ ${name}: API Extractor reported errors (above).`
            : `✗ ${name}: ${file} is out of date. If the change is intended, run \`npm run api:update\` and commit the report.`,
        );
      } else if (update && result.apiReportChanged) {
        console.log(`✎ ${name}: wrote ${file}`);
      } else {
        console.log(`✓ ${name}: ${file}`);
      }
    }
    const importProblems = readmeImportProblems(
      manifest.name,
      entries.map((entry, index) => ({ ...entry, file: configs[index].mainEntryPointFilePath })),
      compilerState,
    );
    for (const problem of importProblems) console.error(`✗ ${problem}`);
    failures += importProblems.length;
    // A report whose entry point is gone (a removed subpath) is stale: delete it, or fail.
    const expected = new Set(entries.map((entry) => entry.report));
    const reportDir = join(packageDir, 'api');
    const stale = existsSync(reportDir)
      ? readdirSync(reportDir).filter((file) => file.endsWith('.api.md') && !expected.has(file))
      : [];
    for (const file of stale) {
      if (update) {
        rmSync(join(reportDir, file));
        console.log(`✎ ${manifest.name}: removed ${file} (no such entry point)`);
      } else {
        failures += 1;
        console.error(
          `✗ ${manifest.name}: api/${file} reports no entry point of package.json "exports"; run \`npm run api:update\`.`,
        );
      }
    }
  }
} finally {
  rmSync(tempFolder, { recursive: true, force: true });
}

if (failures > 0) process.exit(1);
