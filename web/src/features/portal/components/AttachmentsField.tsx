import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Button, Upload, type UploadFile } from '../../../ui';
import { uploadPublicAttachment } from '../api/portal';
import type { PublicUpload, UploadRef } from '../api/types';

export const MAX_ATTACHMENTS = 10;
const MAX_BYTES = 10 * 1024 * 1024;
const isPhotoOrPdf = (f: File) =>
  f.type.startsWith('image/') || f.type === 'application/pdf' || /\.(pdf|jpe?g|png|gif|webp)$/i.test(f.name);

/** The files uploaded so far, each with the token that proves this browser uploaded it. */
export const uploadedRefs = (files: UploadFile<PublicUpload>[]): UploadRef[] =>
  files.filter((f) => f.status === 'done' && f.response).map((f) => ({ id: f.response!.id, token: f.response!.token }));

export const isUploading = (files: UploadFile<PublicUpload>[]): boolean => files.some((f) => f.status === 'uploading');

interface Props {
  id: string;
  files: UploadFile<PublicUpload>[];
  onChange: (files: UploadFile<PublicUpload>[]) => void;
  'aria-describedby'?: string;
}

/** Photos and PDFs, uploaded at once (POST /api/public/attachments); the outcome of each is announced. */
export function AttachmentsField({ id, files, onChange, ...aria }: Props) {
  const { t } = useTranslation();
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <Upload<PublicUpload>
        accept="image/*,application/pdf,.pdf"
        multiple
        fileList={files}
        beforeUpload={(file, batch) => {
          const name = file.name;
          if (files.length + batch.indexOf(file) >= MAX_ATTACHMENTS) {
            setProblem(t('portal.submit.tooManyFiles', { max: MAX_ATTACHMENTS }));
            return Upload.LIST_IGNORE;
          }
          if (!isPhotoOrPdf(file)) {
            setProblem(t('portal.submit.fileWrongType', { name }));
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_BYTES) {
            setProblem(t('portal.submit.fileTooLarge', { name }));
            return Upload.LIST_IGNORE;
          }
          setProblem(null);
          setAnnounce(t('portal.submit.uploading', { name }));
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          const f = file as File;
          uploadPublicAttachment(f).then(
            (a) => {
              setAnnounce(t('portal.submit.uploaded', { name: f.name }));
              onSuccess?.(a);
            },
            (e: unknown) => {
              const message = e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : e instanceof Error ? e.message : String(e);
              setProblem(`${f.name}：${message}`);
              onError?.(e instanceof Error ? e : new Error(message));
            },
          );
        }}
        onChange={({ fileList }) => onChange(fileList.map((f) => (f.status === 'error' ? { ...f, response: undefined } : f)))}
        showUploadList={{ showRemoveIcon: true }}
      >
        <Button id={id} size="large" {...aria}>
          {t('portal.submit.addFile')}
        </Button>
      </Upload>
      <div role="status" className="xf-portal-visually-hidden">
        {announce}
      </div>
      {problem && (
        <div role="alert" style={{ color: '#a8071a', marginTop: 4 }}>
          {problem}
        </div>
      )}
    </>
  );
}
