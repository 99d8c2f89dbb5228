import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, PageHeader, Result, Skeleton, Space } from '../../../ui';
import { fetchReceipt, fetchReceiptPdf } from '../api/petitions';
import type { Receipt as ReceiptData } from '../api/types';

const PRINT_CSS = `
@media print {
  .ant-layout-header, .ant-layout-sider, .xf-page-header-slot, .xf-skip-link, .xf-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
}
.xf-receipt { max-width: 156mm; margin: 0 auto; background: #fff; padding: 24px 28px; border: 1px solid #ddd; font-size: 16px; line-height: 1.8; font-family: 'FangSong', 'STFangsong', serif; }
.xf-receipt .xf-issuer { text-align: center; color: #c00; font-size: 26px; font-weight: bold; letter-spacing: 2px; border-bottom: 2px solid #c00; padding-bottom: 6px; }
.xf-receipt .xf-doc-number { text-align: center; margin: 8px 0 16px; }
.xf-receipt h2 { text-align: center; font-size: 22px; margin: 0 0 12px; }
.xf-receipt p { margin: 0; text-indent: 2em; }
.xf-receipt p.xf-addressee { text-indent: 0; }
.xf-receipt .xf-code { font-weight: bold; letter-spacing: 2px; font-family: monospace; }
.xf-receipt .xf-sign { text-align: right; margin-top: 24px; text-indent: 0; }
@media print { .xf-receipt { border: none; padding: 0; max-width: none; } }
`;

/** A paragraph with the petition's number and the query code marked (tests and readers find them). */
function Marked({ text, receipt }: { text: string; receipt: ReceiptData }) {
  const marks = [
    { value: receipt.petitionNumber, testId: 'receipt-number', className: undefined },
    ...(receipt.queryCode ? [{ value: receipt.queryCode, testId: 'receipt-query-code', className: 'xf-code' }] : []),
  ];
  const parts: ReactNode[] = [];
  let rest = text;
  for (;;) {
    const hits = marks.map((m) => ({ m, at: rest.indexOf(m.value) })).filter((h) => h.at >= 0);
    if (!hits.length) break;
    const { m, at } = hits.reduce((a, b) => (b.at < a.at ? b : a));
    parts.push(rest.slice(0, at));
    parts.push(
      <span key={parts.length} data-testid={m.testId} className={m.className}>
        {m.value}
      </span>,
    );
    rest = rest.slice(at + m.value.length);
  }
  parts.push(rest);
  return <>{parts}</>;
}

/**
 * 受理凭证 as the body's template issues it, the same text printed here and downloaded as PDF. The query code comes
 * from registration or reissue (router state) and is sent to the server, which checks it and puts it in the text.
 */
export function Receipt({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryCode = (location.state as { queryCode?: string } | null)?.queryCode;
  const [downloading, setDownloading] = useState(false);
  const {
    data: receipt,
    isPending,
    error,
  } = useQuery({
    queryKey: ['petitions', 'receipt', id, queryCode ?? null],
    queryFn: () => fetchReceipt(id, queryCode),
  });

  const download = async () => {
    setDownloading(true);
    try {
      const url = URL.createObjectURL(await fetchReceiptPdf(id, queryCode));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${t('receipt.title')}（${receipt?.petitionNumber ?? id}）.pdf`;
      a.click();
      URL.revokeObjectURL(url);
    } finally {
      setDownloading(false);
    }
  };

  if (isPending) return <Skeleton active />;
  if (error || !receipt) return <Result status="404" title={error?.message ?? t('app.notFound')} />;
  const { layout } = receipt;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={t('receipt.title')}
        actions={
          <>
            <Button type="primary" onClick={() => window.print()}>
              {t('receipt.print')}
            </Button>
            <Button onClick={() => void download()} loading={downloading}>
              {t('receipt.download')}
            </Button>
            <Button onClick={() => void navigate(`/petitions/${id}`)}>{t('receipt.back')}</Button>
          </>
        }
      />
      <Alert
        className="xf-no-print"
        type={receipt.queryCode ? 'warning' : 'info'}
        showIcon
        title={t(receipt.queryCode ? 'receipt.keep' : 'receipt.codeWithheld')}
      />
      <article className="xf-receipt" aria-label={layout.title}>
        <div className="xf-issuer">{layout.issuer}</div>
        <div className="xf-doc-number">{layout.number}</div>
        <h2>{layout.title}</h2>
        <p className="xf-addressee">{layout.addressee}：</p>
        {layout.paragraphs.map((p, i) => (
          <p key={i} style={p.heading ? { fontWeight: 'bold' } : undefined}>
            <Marked text={p.text} receipt={receipt} />
          </p>
        ))}
        <p className="xf-sign">
          {layout.signature}
          <br />
          {layout.date}
        </p>
      </article>
    </Space>
  );
}
