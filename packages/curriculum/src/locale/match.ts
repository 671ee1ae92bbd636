/**
 * Choosing among language tags: the one matcher behind `localize`, the components' interface
 * language, the CLI's `--locale` and `ResourceLink`'s "in another language" note.
 */

/** The parts of a tag that matter for choosing a text, lowercased. */
interface Parts {
  tag: string;
  language: string;
  /** Written or, for Chinese, implied by the region: `zh-TW` is written in `hant`. */
  script: string | undefined;
  region: string | undefined;
}

/** Regions whose Chinese is written in Traditional characters; every other `zh` is Simplified. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

function parts(tag: string): Parts {
  const subtags = tag.toLowerCase().split(/[-_]/);
  const language = subtags[0] as string;
  let script: string | undefined;
  let region: string | undefined;
  for (const subtag of subtags.slice(1, 3)) {
    if (/^[a-z]{4}$/.test(subtag) && !script && !region) script = subtag;
    else if (/^([a-z]{2}|\d{3})$/.test(subtag) && !region) region = subtag;
  }
  if (language === 'zh' && !script) {
    script = region && TRADITIONAL_REGIONS.has(region) ? 'hant' : 'hans';
  }
  return { tag: tag.toLowerCase(), language, script, region };
}

/**
 * How well `offered` serves a reader asking for `wanted`: -1 for another language; otherwise the
 * same script counts most (a `zh-TW` reader reads `zh-Hant`, not `zh-CN`), then the same region,
 * then a tag without a region (`en` for `en-GB` before `en-US`); the exact tag beats all.
 */
function score(wanted: Parts, offered: Parts): number {
  if (wanted.language === '' || wanted.language !== offered.language) return -1;
  let points = wanted.tag === offered.tag ? 8 : 0;
  if (wanted.script === offered.script) points += 4;
  if (offered.region === undefined) points += 1;
  else if (offered.region === wanted.region) points += 2;
  return points;
}

/**
 * The tag of `available` that best serves a reader of `requested` (one tag, or several in order of
 * preference, like `navigator.languages`), or `fallback` when none is in the same language.
 * Case does not matter; the tag is returned as `available` writes it. Among tags of the reader's
 * language the same script wins (`zh-TW` and `zh-HK` read `zh-Hant`, `zh-SG` reads `zh-Hans`
 * or `zh-CN`), then the same region, then a tag without a region; ties go to the earlier tag.
 * @example matchLocale('zh-TW', ['en', 'zh-CN', 'zh-Hant']) // 'zh-Hant'
 * @example matchLocale('en-GB', ['en-US', 'en', 'zh-CN']) // 'en'
 * @example matchLocale('fr', ['en', 'zh-CN'], 'en') // 'en'
 */
export function matchLocale<F extends string | undefined = undefined>(
  requested: string | readonly string[],
  available: readonly string[],
  fallback?: F,
): string | F {
  const offered = available.map(parts);
  for (const tag of typeof requested === 'string' ? [requested] : requested) {
    const wanted = parts(tag);
    let best = -1;
    let bestIndex = -1;
    offered.forEach((candidate, index) => {
      const points = score(wanted, candidate);
      if (points > best) {
        best = points;
        bestIndex = index;
      }
    });
    if (bestIndex >= 0) return available[bestIndex] as string;
  }
  return fallback as F;
}
