/**
 * Completion of ids where the format expects one: topic ids in a topic's `prerequisites`, skill
 * ids in a topic's or a level's `skills`, role ids in a level's `roles`. The schema cannot offer
 * these (it knows the pattern of an id, not the ids of this document), so they come from the last
 * version of the document that read without syntax errors (../document-ids.ts).
 */
import type {
  CompletionContext,
  CompletionResult,
  CompletionSource,
} from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { SyntaxNode } from '@lezer/common';
import type { DocumentIds } from '../document-ids';

const SEQUENCES = new Set(['BlockSequence', 'FlowSequence', 'Array']);
const PAIRS = new Set(['Pair', 'Property']);

/** The keys of the pairs around `node`, innermost first, if `node` sits in a list value. */
function keysAround(
  node: SyntaxNode | null,
  pos: number,
  text: (from: number, to: number) => string,
) {
  const keys: string[] = [];
  let inList = false;
  for (let at = node; at; at = at.parent) {
    if (SEQUENCES.has(at.name) && keys.length === 0) inList = true;
    if (!PAIRS.has(at.name)) continue;
    const key = at.getChild('Key') ?? at.getChild('PropertyName');
    if (!key) continue;
    // Typing the key itself is not typing its value.
    if (keys.length === 0 && pos <= key.to) return undefined;
    keys.push(text(key.from, key.to).replace(/^["']|["']$/g, ''));
  }
  return inList ? keys : undefined;
}

/** Which ids belong in the list at the cursor, if any. */
function expectedIds(keys: string[], ids: DocumentIds): string[] | undefined {
  const [list, owner] = keys;
  if (list === 'prerequisites' && owner === 'topics') return ids.topics;
  if (list === 'skills' && (owner === 'topics' || owner === 'levels')) return ids.skills;
  if (list === 'roles' && owner === 'levels') return ids.roles;
  return undefined;
}

/**
 * A completion source offering the ids that belong at the cursor; `ids` is read at each request,
 * so it always sees the document's latest ids. In JSON the ids are offered as quoted strings.
 */
export function idCompletion(ids: () => DocumentIds, format: 'json' | 'yaml'): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const { state, pos } = context;
    const node = syntaxTree(state).resolveInner(pos, -1);
    const keys = keysAround(node, pos, (from, to) => state.sliceDoc(from, to));
    const options = keys && expectedIds(keys, ids());
    if (!options || options.length === 0) return null;
    const word = context.matchBefore(format === 'json' ? /"?[a-z0-9-]*/ : /[a-z0-9-]*/);
    if (
      !word ||
      (word.from === word.to && !context.explicit && !/[\s[,-]$/.test(state.sliceDoc(pos - 1, pos)))
    ) {
      return null;
    }
    // In JSON, a closing quote right after the cursor (closeBrackets typed it) is part of the value.
    const to = format === 'json' && state.sliceDoc(pos, pos + 1) === '"' ? pos + 1 : pos;
    return {
      from: word.from,
      to,
      options: [...new Set(options)].map((id) => ({
        label: format === 'json' ? JSON.stringify(id) : id,
        displayLabel: id,
        type: 'constant',
      })),
      validFor: format === 'json' ? /^"?[a-z0-9-]*"?$/ : /^[a-z0-9-]*$/,
    };
  };
}
