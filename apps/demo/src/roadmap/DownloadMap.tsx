import type { SvgTheme } from '@trailmark/curriculum/svg';
import { useProgress } from '@trailmark/react';
import { useId, useState } from 'react';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { roadmap } from './builtIn';

/** Props of {@link DownloadMap}. */
export interface DownloadMapProps {
  /** Draw only this level (its id); the whole roadmap when absent. */
  levelId?: string;
  /** The button's text. */
  label: string;
}

/** The colours the page shows now: its theme choice, or the system's when it follows the system. */
function pageTheme(): SvgTheme {
  const chosen = document.documentElement.dataset.tmTheme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Offers `text` as a file download. */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Download the map": the roadmap (or one level) as a standalone SVG from
 * `@trailmark/curriculum/svg`, in the page's language and theme, with the reader's progress drawn
 * on it when they tick the box. The SVG module (and the layout it brings) loads on the first click,
 * so pages pay nothing for it until then.
 * @example <DownloadMap label={t('map.download')} />
 */
export function DownloadMap({ levelId, label }: DownloadMapProps) {
  const t = useT();
  const locale = useAppLocale();
  const { progress } = useProgress();
  const [withProgress, setWithProgress] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkboxId = useId();

  async function download() {
    setProblem(null);
    try {
      const { toSvg } = await import('@trailmark/curriculum/svg');
      const svg = toSvg(roadmap, {
        locale,
        theme: pageTheme(),
        ...(levelId ? { level: levelId } : {}),
        ...(withProgress ? { progress } : {}),
      });
      const name = [roadmap.id, levelId, locale, 'map'].filter(Boolean).join('-');
      saveFile(svg, `${name}.svg`);
    } catch (error) {
      // A failed chunk load (offline, a new deploy) is the likely cause; say what happened.
      setProblem(
        t('map.downloadFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  return (
    <div className="demo-download">
      <button type="button" className="demo-button" onClick={download}>
        {label}
      </button>
      <label htmlFor={checkboxId}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={withProgress}
          onChange={(event) => setWithProgress(event.target.checked)}
        />
        {t('map.downloadProgress')}
      </label>
      <p role="status" className="demo-notice" data-kind="warning">
        {problem}
      </p>
    </div>
  );
}
