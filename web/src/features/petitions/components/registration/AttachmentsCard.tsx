import { useTranslation } from 'react-i18next';
import { AntApp, Button, Card, Typography, Upload, type UploadFile } from '../../../../ui';
import { uploadAttachment } from '../../api/petitions';
import type { Attachment } from '../../api/types';

/** 附件: uploaded as chosen; those already registered (a correction) cannot be removed. */
export function AttachmentsCard({
  files,
  setFiles,
  petition,
}: {
  files: UploadFile<Attachment>[];
  setFiles: (files: UploadFile<Attachment>[]) => void;
  petition?: { attachments: Attachment[] };
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('petition.attachments')}>
      <Upload<Attachment>
        multiple
        fileList={files}
        onChange={({ fileList }) => setFiles(fileList)}
        onRemove={(f) => !petition?.attachments.some((a) => a.id === f.response?.id)}
        customRequest={({ file, onSuccess, onError }) => {
          uploadAttachment(file as File)
            .then((a) => onSuccess?.(a))
            .catch((e: Error) => {
              void message.error(`${(file as File).name}：${e.message}`);
              onError?.(e);
            });
        }}
        accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.mp3,.wav,.m4a,.amr,.doc,.docx,.xls,.xlsx,.txt"
      >
        <Button>{t('petition.upload')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('petition.uploadHint')}
      </Typography.Text>
    </Card>
  );
}
