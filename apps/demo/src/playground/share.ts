/**
 * A playground document in a link: the text, deflated and written in base64url into the URL's
 * fragment (`#doc=1.…`), which browsers never send to a server. Compression is the platform's
 * (`CompressionStream('deflate-raw')`, in every browser the site supports): no library to load.
 */

/** The fragment's key, and the version of the encoding after it. */
const PREFIX = 'doc=1.';

/**
 * The longest link the playground writes. Chromium opens links of up to 2 MB, but other browsers,
 * chat apps and mail clients cut long ones short; 32,000 characters is under the limits of the
 * current desktop and mobile browsers with room to spare.
 */
export const MAX_LINK_LENGTH = 32_000;

/** A link, or why there is none. */
export type ShareLink =
  | { ok: true; url: string }
  | { ok: false; reason: 'too_long'; length: number };

/** What a fragment holds. */
export type SharedDocument =
  | { kind: 'none' }
  | { kind: 'document'; text: string }
  | { kind: 'damaged' };

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The link to `page` (its fragment replaced) that opens `text` in the playground, or `too_long`
 * when it would be longer than {@link MAX_LINK_LENGTH}.
 */
export async function shareLink(text: string, page: string): Promise<ShareLink> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  const url = `${page.replace(/#.*$/s, '')}#${PREFIX}${toBase64Url(bytes)}`;
  return url.length > MAX_LINK_LENGTH
    ? { ok: false, reason: 'too_long', length: url.length }
    : { ok: true, url };
}

/**
 * Reads a fragment (`location.hash`, with or without `#`): `none` when it holds no document,
 * `damaged` when it names one that does not decode (cut short, mistyped, not UTF-8). Never throws.
 */
export async function readSharedDocument(hash: string): Promise<SharedDocument> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith('doc=')) return { kind: 'none' };
  if (!fragment.startsWith(PREFIX)) return { kind: 'damaged' };
  try {
    const bytes = await pipe(
      fromBase64Url(fragment.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    return { kind: 'document', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'damaged' };
  }
}
