import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Image, List, Modal, Space, Typography } from '../../../ui';
import { attachmentUrl } from '../api/petitions';
import type { Attachment } from '../api/types';

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Attachments with previews: image thumbnails (click to enlarge), PDFs in a dialog, an audio player. */
export function Attachments({ items }: { items: Attachment[] }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<Attachment | null>(null);
  if (!items.length) return <Typography.Text type="secondary">{t('detail.noAttachments')}</Typography.Text>;
  const images = items.filter((a) => a.mime.startsWith('image/'));
  const others = items.filter((a) => !a.mime.startsWith('image/'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap>
            {images.map((a) => (
              <Image key={a.id} width={96} height={96} style={{ objectFit: 'cover' }} src={attachmentUrl(a.id)} alt={a.filename} />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {others.length > 0 && (
        <List<Attachment>
          size="small"
          dataSource={others}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <Space wrap>
                <span>{a.filename}</span>
                <Typography.Text type="secondary">{size(a.size)}</Typography.Text>
                {a.mime === 'application/pdf' && (
                  <Button size="small" onClick={() => setPdf(a)}>
                    {t('detail.preview')}
                  </Button>
                )}
                {a.mime.startsWith('audio/') && <audio controls preload="none" src={attachmentUrl(a.id)} aria-label={a.filename} />}
                <a href={attachmentUrl(a.id)} download={a.filename}>
                  {t('detail.download')}
                </a>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal open={!!pdf} title={pdf?.filename} onCancel={() => setPdf(null)} footer={null} width="80vw" destroyOnHidden>
        {pdf && <iframe title={pdf.filename} src={attachmentUrl(pdf.id)} style={{ width: '100%', height: '75vh', border: 0 }} />}
      </Modal>
    </Space>
  );
}
