import { useTranslation } from 'react-i18next';
import { Space } from '../../../ui';
import { documentFileUrl } from '../api';

/** A document's two stored files, Word and PDF, named for screen readers by its title and number. */
export function DocumentDownloads({ doc, style }: { doc: { id: number; title: string; number: string }; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Space size={8}>
      <a href={documentFileUrl(doc.id, 'docx')} style={style} aria-label={`${doc.title} ${doc.number} Word`}>
        {t('documents.word')}
      </a>
      <a href={documentFileUrl(doc.id, 'pdf')} style={style} aria-label={`${doc.title} ${doc.number} PDF`}>
        {t('documents.pdf')}
      </a>
    </Space>
  );
}
