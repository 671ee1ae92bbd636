import { useEffect, useId, useRef } from 'react';
import { useT } from '../locale/LocaleContext';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Whether the dialog is shown (as a modal). */
  open: boolean;
  /** The question, e.g. "Reset your progress?". */
  title: string;
  /** What will happen, and how to avoid losing anything. */
  body: string;
  /** The label of the button that goes ahead, e.g. "Reset progress". */
  confirmLabel: string;
  /** Called when the person confirms; the dialog closes. */
  onConfirm: () => void;
  /** Called when the dialog closes without confirming (Cancel, Escape). */
  onClose: () => void;
}

/**
 * A modal question with Cancel and a confirm button, on the native `<dialog>` element: focus moves
 * into it and is trapped there, Escape cancels, the page behind is inert, and focus returns to the
 * button that opened it. Cancel comes first and so has initial focus: pressing Enter by habit
 * destroys nothing.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="demo-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{body}</p>
      <div className="demo-dialog__actions">
        {/* First in the dialog, so showModal() focuses it. */}
        <button type="button" className="demo-button" onClick={() => ref.current?.close()}>
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          className="demo-button demo-button--danger"
          onClick={() => {
            onConfirm();
            ref.current?.close();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
