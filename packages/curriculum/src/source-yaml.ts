/**
 * Reading YAML text with the `yaml` library, held to the rules JSON text is held to: one document,
 * no repeated keys (compared as the object keys they become), plain JSON data only, nesting and
 * aliases within the same limits. Only this module imports `yaml`.
 */
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  Parser,
} from 'yaml';
import {
  duplicateKeyIssue,
  emptyIssue,
  failure,
  locateIn,
  MAX_ALIAS_COUNT,
  MAX_NESTING,
  nonFiniteIssue,
  positionsIn,
  type ReadResult,
  type SourceNode,
  type TextSpan,
  tooDeepIssue,
  type Unplaced,
} from './source-text.js';
import { yamlIssue, yamlMistakes } from './source-yaml-mistakes.js';

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Tags whose values are JSON data; others (`!!binary`, `!!set`, `!custom`) are refused. */
const JSON_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * The offset of the first collection nested deeper than {@link MAX_NESTING}, checked on the syntax
 * tree with a stack: yaml's composer recurses, and near the stack limit V8 can abort the process
 * rather than throw.
 */
function tooDeepAt(token: CST.Token): number | undefined {
  type CstNode = {
    type?: string;
    offset?: number;
    key?: unknown;
    value?: unknown;
    items?: unknown;
  };
  const stack: Array<[CstNode, number]> = [[token as CstNode, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, outer] = entry;
    const depth = COLLECTIONS.has(node.type ?? '') ? outer + 1 : outer;
    if (depth > MAX_NESTING) return node.offset ?? 0;
    const items = Array.isArray(node.items) ? (node.items as CstNode[]) : [];
    for (const child of [
      node.key,
      node.value,
      ...items.flatMap((item) => [item.key, item.value]),
    ]) {
      if (typeof child === 'object' && child !== null) stack.push([child as CstNode, depth]);
    }
  }
  return undefined;
}

function spanOf(node: Node | null | undefined, fallback: TextSpan): TextSpan {
  return node?.range ? { start: node.range[0], end: node.range[1] } : fallback;
}

function tagIssue(tag: string, span: TextSpan): Unplaced {
  return yamlIssue('unsupported_tag', { tag }, span.start, span.end);
}

/**
 * Walks the document without recursion: checks it holds JSON data only, with no repeated keys,
 * and records where each value and key is written. The first problem found, in text order, is
 * returned instead.
 */
function walk(doc: Document.Parsed, root: Node, aliases: TextSpan[]): SourceNode | Unplaced {
  const sources = new Map<Node, SourceNode>();
  const top: SourceNode = { span: spanOf(root, { start: 0, end: 0 }) };
  const stack: Array<[Node, SourceNode]> = [[root, top]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, source] = entry;
    sources.set(node, source);
    if (node.tag && !JSON_TAGS.has(node.tag)) return tagIssue(node.tag, source.span);
    if (isAlias(node)) {
      aliases.push(source.span);
      const target = node.resolve(doc);
      const [start = 0, , end = 0] = target?.range ?? [];
      if (target && start <= source.span.start && source.span.start < end) {
        const { start: from, end: to } = source.span;
        return yamlIssue('circular_alias', { alias: node.source }, from, to);
      }
      // Anchors come before their aliases, so the target has been walked.
      const children = target && sources.get(target)?.children;
      if (children) source.children = children;
    } else if (isScalar(node)) {
      const { value } = node;
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return nonFiniteIssue(node.source ?? String(value), source.span);
      }
      if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
        // An implicit YAML 1.1 type, such as a timestamp read as a date: named by its tag.
        const implicit = doc.schema.tags.find((tag) => tag.identify?.(value));
        return tagIssue(node.tag ?? implicit?.tag ?? typeof value, source.span);
      }
    } else if (isMap(node) || isSeq(node)) {
      const children = new Map<string, { key?: TextSpan; node: SourceNode }>();
      source.children = children;
      const pending: Array<[Node, SourceNode]> = [];
      for (const [index, item] of node.items.entries()) {
        if (isSeq(node)) {
          const child = { span: spanOf(item as Node, source.span) };
          children.set(String(index), { node: child });
          if (item) pending.push([item as Node, child]);
          continue;
        }
        const { key, value } = item as { key: Node | null; value: Node | null };
        const keySpan = spanOf(key, spanOf(value, source.span));
        if (key !== null && !isScalar(key)) {
          return yamlIssue('unsupported_key', {}, keySpan.start, keySpan.end);
        }
        // The object key toJS makes of it: a null key becomes "".
        const name = key === null || key.value === null ? '' : String(key.value);
        if (children.has(name)) return duplicateKeyIssue(name, keySpan);
        const child = { span: spanOf(value, keySpan) };
        children.set(name, { key: keySpan, node: child });
        if (key) pending.push([key, { span: keySpan }]);
        if (value) pending.push([value, child]);
      }
      // Popped in text order, so problems are found first to last.
      stack.push(...pending.reverse());
    }
  }
  return top;
}

/**
 * Reads YAML text: the value, or its syntax issues with line, column and span. JSON is YAML, but
 * JSON text is better read by `readJson`, which speaks JSON's words. Never throws.
 * @example readYaml('id: a\nid: b').issues // [{ code: 'duplicate_key', line: 2, column: 1, … }]
 */
export function readYaml(text: string): ReadResult {
  const positionOf = positionsIn(text);
  const fail = (issues: [Unplaced, ...Unplaced[]]) => failure('yaml', positionOf, issues);
  const tokens = Array.from(new Parser().parse(text));
  for (const token of tokens) {
    const deep = tooDeepAt(token);
    if (deep !== undefined) return fail([tooDeepIssue(deep)]);
  }
  const documents = new Composer({ prettyErrors: false, uniqueKeys: false }).compose(
    tokens,
    true,
    text.length,
  );
  // compose() yields at least one document when forced, even for an empty text.
  const doc = documents.next().value as Document.Parsed;
  const second = documents.next();
  if (!second.done) {
    const start = second.value.range[0];
    return fail([yamlIssue('multiple_documents', {}, start, Math.min(start + 3, text.length))]);
  }
  if (doc.errors.length > 0) return fail(yamlMistakes(text, doc.errors, tokens));
  if (!isNodeLike(doc.contents)) return fail([emptyIssue(text.length)]);
  const aliases: TextSpan[] = [];
  const tree = walk(doc, doc.contents, aliases);
  if ('code' in tree) return fail([tree]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // toJS throws only when aliases expand past maxAliasCount: unknown anchors and circular
    // aliases were refused above. The issue points at the first alias.
    return fail([
      yamlIssue(
        'too_many_aliases',
        { limit: MAX_ALIAS_COUNT },
        aliases[0]?.start ?? 0,
        aliases[0]?.end ?? 0,
      ),
    ]);
  }
  return {
    ok: true,
    format: 'yaml',
    value,
    positionOf,
    locate: (segments, code) => locateIn(tree, segments, code),
  };
}

function isNodeLike(node: unknown): node is Node {
  return typeof node === 'object' && node !== null;
}
