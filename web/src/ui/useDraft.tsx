import { Alert, Button, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { formatDateTime } from './format';
import { read, storage, write } from './plain/drafts';

export { clearDrafts, draftKey, DRAFT_MAX_AGE_MS } from './plain/drafts';

const SAVE_DELAY_MS = 400;

export interface DraftOptions<V> {
  /** The form's values when there is no draft. */
  initialValues: V;
  /** Turns the stored JSON back into form values (dates are stored as ISO strings). */
  revive?: (stored: Record<string, unknown>) => V;
  /** The form has attachments, which a draft does not keep: the notice says to choose them again. */
  attachments?: boolean;
}

/**
 * Keeps an antd form's values as a local draft while it is being filled (debounced, and at once when the form goes
 * away: Esc, a click outside, a page reload) and offers them again the next time the form opens. The draft goes only
 * with `clear()` after a successful submit, or when the user discards it.
 */
export function useDraft<V extends object>(form: FormInstance<V>, key: string, options: DraftOptions<V>) {
  const { t } = useTranslation();
  const { revive, attachments } = options;
  const [restored, setRestored] = useState(() => read(key));
  const [initialValues, setInitialValues] = useState<V>(() =>
    restored
      ? (revive ?? ((v) => v as V))({ ...options.initialValues, ...(restored.values as object) } as Record<string, unknown>)
      : options.initialValues,
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);
  const sending = useRef(restored?.sendKey);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) return;
    pending.current = false;
    write(key, form.getFieldsValue(true), sending.current);
  }, [form, key]);

  /**
   * The key to send this draft with (an Idempotency-Key), kept with the draft at once and the same after a reload
   * until `clear()`: a send that reached the server before the page went away is answered from the server's record,
   * so the matter is never registered twice.
   */
  const sendKey = useCallback(() => {
    if (!sending.current) {
      sending.current = newIdempotencyKey();
      write(key, form.getFieldsValue(true), sending.current);
    }
    return sending.current;
  }, [form, key]);

  /** Pass to the Form's onValuesChange: every change the user makes is kept. */
  const onValuesChange = useCallback(() => {
    pending.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  /** After a successful submit: the draft is done with. */
  const clear = useCallback(() => {
    pending.current = false;
    sending.current = undefined;
    if (timer.current) clearTimeout(timer.current);
    storage()?.removeItem(key);
    setRestored(null);
  }, [key]);

  const discarded = useRef(false);
  const discard = () => {
    clear();
    discarded.current = true;
    setInitialValues(options.initialValues);
  };
  // Back to the form's own initial values once they are in place after a discard.
  useEffect(() => {
    if (!discarded.current) return;
    discarded.current = false;
    form.resetFields();
  }, [form, initialValues]);

  const notice: ReactNode = restored && (
    <Alert
      type="info"
      showIcon
      data-testid="draft-notice"
      style={{ marginBottom: 12 }}
      title={
        <span>
          {t('drafts.restored', { at: formatDateTime(new Date(restored.savedAt).toISOString(), 'minute') })}
          {attachments && t('drafts.attachmentsAgain')}
          {restored.sendKey && t('drafts.sendPending')}
          {' · '}
          <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={discard}>
            {t('drafts.discard')}
          </Button>
        </span>
      }
    />
  );

  return { initialValues, onValuesChange, clear, sendKey, notice };
}
