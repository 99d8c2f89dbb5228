import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { uploadPublicAttachment } from '../api/portal';
import type { PublicUpload, UploadRef } from '../api/types';
import { useT } from '../i18n';

export const MAX_ATTACHMENTS = 10;
const MAX_BYTES = 10 * 1024 * 1024;
const isPhotoOrPdf = (f: File) =>
  f.type.startsWith('image/') || f.type === 'application/pdf' || /\.(pdf|jpe?g|png|gif|webp)$/i.test(f.name);

/** A chosen file and how its upload went. */
export interface PortalFile {
  key: number;
  name: string;
  state: 'uploading' | 'done' | 'error';
  upload?: PublicUpload;
}

/** The files uploaded so far, each with the token that proves this browser uploaded it. */
export const uploadedRefs = (files: PortalFile[]): UploadRef[] =>
  files.flatMap((f) => (f.state === 'done' && f.upload ? [{ id: f.upload.id, token: f.upload.token }] : []));

export const isUploading = (files: PortalFile[]): boolean => files.some((f) => f.state === 'uploading');

interface Props {
  id: string;
  files: PortalFile[];
  onChange: (update: (files: PortalFile[]) => PortalFile[]) => void;
  'aria-describedby'?: string;
}

let nextKey = 1;

/**
 * Photos and PDFs through the phone's own file picker, uploaded at once (POST /api/public/attachments); each
 * listed with its state and a 删除 button; the outcome of each is announced.
 */
export function AttachmentsField({ id, files, onChange, ...aria }: Props) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (chosen: File[]) => {
    setProblem(null);
    let room = MAX_ATTACHMENTS - files.length;
    for (const file of chosen) {
      const name = file.name;
      if (room <= 0) return setProblem(t('submit.tooManyFiles', { max: MAX_ATTACHMENTS }));
      if (!isPhotoOrPdf(file)) {
        setProblem(t('submit.fileWrongType', { name }));
        continue;
      }
      if (file.size > MAX_BYTES) {
        setProblem(t('submit.fileTooLarge', { name }));
        continue;
      }
      room -= 1;
      const key = nextKey++;
      onChange((list) => [...list, { key, name, state: 'uploading' }]);
      setAnnounce(t('submit.uploading', { name }));
      uploadPublicAttachment(file).then(
        (upload) => {
          setAnnounce(t('submit.uploaded', { name }));
          onChange((list) => list.map((f) => (f.key === key ? { ...f, state: 'done', upload } : f)));
        },
        (e: unknown) => {
          const message = e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : e instanceof Error ? e.message : String(e);
          setProblem(`${name}：${message}`);
          onChange((list) => list.map((f) => (f.key === key ? { ...f, state: 'error' } : f)));
        },
      );
    }
  };

  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        className="xf-input"
        accept="image/*,application/pdf,.pdf"
        multiple
        onChange={(e) => {
          add([...(e.target.files ?? [])]);
          // The same file may be chosen again after removing it.
          e.target.value = '';
        }}
        {...aria}
      />
      {files.length > 0 && (
        <ul className="xf-files" data-testid="portal-files">
          {files.map((f) => (
            <li key={f.key} data-state={f.state}>
              <span>
                {f.name}{' '}
                <span className="xf-hint">
                  （
                  {f.state === 'done' ? t('submit.fileDone') : f.state === 'uploading' ? t('submit.fileUploading') : t('submit.fileFailed')}
                  ）
                </span>
              </span>
              <button
                type="button"
                className="xf-link"
                onClick={() => {
                  onChange((list) => list.filter((x) => x.key !== f.key));
                  input.current?.focus();
                }}
              >
                {t('submit.removeFile', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="xf-visually-hidden">
        {announce}
      </div>
      {problem && (
        <p role="alert" className="xf-error-message">
          {problem}
        </p>
      )}
    </>
  );
}
