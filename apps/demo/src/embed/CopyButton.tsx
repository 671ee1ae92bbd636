import { useState } from 'react';
import { useT } from '../locale/LocaleContext';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text to copy. */
  text: string;
  /** What is copied, for the button label: "Copy {what}". */
  what: string;
}

/** Copies a snippet to the clipboard and says (to everyone, screen readers included) whether it worked. */
export function CopyButton({ text, what }: CopyButtonProps) {
  const t = useT();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <div className="demo-copy">
      <button
        type="button"
        className="demo-button demo-button--primary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setResult('copied');
          } catch {
            setResult('failed');
          }
        }}
      >
        {t('embed.copy', { what })}
      </button>
      <span role="status" className="demo-copy__status">
        {result === 'copied' && t('embed.copied')}
        {result === 'failed' && t('embed.copyFailed')}
      </span>
    </div>
  );
}
