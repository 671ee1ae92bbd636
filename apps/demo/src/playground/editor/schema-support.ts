/**
 * Completion and hover documentation from the curriculum's JSON Schema (codemirror-json-schema).
 * A chunk of its own, loaded when someone first focuses or points at the editor: the library's
 * validator (json-schema-library) builds parsers as it loads, the largest part of the editor's
 * start-up, and a visitor who only reads the page never needs it.
 */
import { jsonLanguage } from '@codemirror/lang-json';
import { yamlLanguage } from '@codemirror/lang-yaml';
import type { Extension } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import schema from '@trailmark/curriculum/schema.json';
import type { SourceFormat } from '@trailmark/curriculum/source';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml';

type SchemaNode = { type?: unknown; enum?: unknown[]; anyOf?: SchemaNode[]; description?: string };

/** A field's type in words: its values when it has a list of them. */
function typeOf(part: SchemaNode): string {
  if (part.enum) return part.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' | ');
  if (Array.isArray(part.type)) return part.type.join(' | ');
  return typeof part.type === 'string' ? part.type : 'object';
}

/**
 * What a hover says about a field: its description and its type. The library's default appends
 * the field's regular expression, which tells an author nothing the description does not.
 */
function hoverTexts({ schema: node }: { schema: unknown }) {
  const field = node as SchemaNode;
  const typeInfo = field.anyOf ? field.anyOf.map(typeOf).join(' | ') : typeOf(field);
  return { message: field.description ?? '', typeInfo };
}

/**
 * The document's data for schema completion: none. The library would parse the whole text on
 * every keystroke (about as long as a check, on a 1,000-topic document) only to choose between
 * `anyOf` branches by value, and the curriculum schema's only `anyOf` is a text's string-or-map.
 */
const withoutData = () => ({ data: undefined, pointers: new Map() });

/** Schema completion and hover for one format. */
export function schemaSupport(format: SourceFormat): Extension {
  const language = format === 'json' ? jsonLanguage : yamlLanguage;
  return [
    stateExtensions(schema as Parameters<typeof stateExtensions>[0]),
    language.data.of({
      autocomplete:
        format === 'json'
          ? jsonCompletion({ jsonParser: withoutData })
          : yamlCompletion({ jsonParser: withoutData }),
    }),
    hoverTooltip(
      format === 'json'
        ? jsonSchemaHover({ getHoverTexts: hoverTexts })
        : yamlSchemaHover({ getHoverTexts: hoverTexts }),
    ),
  ];
}
