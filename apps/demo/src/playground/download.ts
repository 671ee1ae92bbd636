/**
 * Saving the playground's document as a file, in the format asked for: as written when the formats
 * match (comments and all), converted otherwise.
 */
import { type ReadResult, readSource, type SourceFormat } from '@trailmark/curriculum/source';

/** Whether the file was saved; a document with syntax errors cannot be converted. */
export type DownloadResult =
  | { ok: true; name: string }
  | { ok: false; reason: 'syntax'; format: SourceFormat };

/** The file's name: the curriculum's id when it has a usable one. */
function fileName(read: ReadResult, format: 'yaml' | 'json'): string {
  const id = read.ok ? (read.value as { id?: unknown } | null)?.id : undefined;
  const base = typeof id === 'string' && /^[a-z0-9-]{1,100}$/.test(id) ? id : 'curriculum';
  return `${base}.${format}`;
}

/** Saves `text` as a `.yaml` or `.json` file through the browser's download. */
export async function downloadDocument(
  text: string,
  format: 'yaml' | 'json',
): Promise<DownloadResult> {
  const read = readSource(text);
  let body = text;
  if (read.format !== format) {
    if (!read.ok) return { ok: false, reason: 'syntax', format: read.format };
    body =
      format === 'json'
        ? `${JSON.stringify(read.value, null, 2)}\n`
        : (await import('yaml')).stringify(read.value, {
            lineWidth: 0,
            aliasDuplicateObjects: false,
          });
  }
  const name = fileName(read, format);
  const type = format === 'json' ? 'application/json' : 'application/yaml';
  const url = URL.createObjectURL(new Blob([body], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { ok: true, name };
}
