import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog drawn by the browser (<dialog>: focus kept inside, Esc closes), for the few the first screen needs
 * before antd has arrived, e.g. when the network is down and nothing more can be loaded.
 */
export function Dialog({
  open,
  title,
  children,
  footer,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="xf-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="xf-dialog-footer">{footer}</div>
    </dialog>
  );
}
