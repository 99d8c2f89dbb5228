import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, PageHeader, Result, Skeleton, Space, Typography, formatChineseDate } from '../../../ui';
import { fetchReceipt } from '../api/petitions';

const PRINT_CSS = `
@media print {
  .ant-layout-header, .ant-layout-sider, .xf-page-header-slot, .xf-skip-link, .xf-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  @page { margin: 15mm; }
}
.xf-receipt { max-width: 148mm; margin: 0 auto; background: #fff; padding: 24px 28px; border: 1px solid #ddd; font-size: 14px; line-height: 1.9; }
.xf-receipt h2 { text-align: center; font-size: 22px; letter-spacing: 4px; margin: 0 0 4px; }
.xf-receipt .xf-org { text-align: center; margin-bottom: 16px; }
.xf-receipt table { width: 100%; border-collapse: collapse; }
.xf-receipt th { text-align: left; white-space: nowrap; width: 6.5em; vertical-align: top; font-weight: normal; color: #333; }
.xf-receipt .xf-code { font-size: 28px; font-weight: bold; letter-spacing: 4px; font-family: monospace; }
.xf-receipt .xf-note { margin-top: 16px; border-top: 1px dashed #999; padding-top: 8px; }
@media print { .xf-receipt { border: none; padding: 0; max-width: none; } }
`;

/** 受理凭证: a print layout; the query code comes from registration or reissue (router state), shown once. */
export function Receipt({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryCode = (location.state as { queryCode?: string } | null)?.queryCode ?? null;
  const { data: receipt, isPending, error } = useQuery({ queryKey: ['petitions', 'receipt', id], queryFn: () => fetchReceipt(id) });

  if (isPending) return <Skeleton active />;
  if (error || !receipt) return <Result status="404" title={error?.message ?? t('app.notFound')} />;

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
            <Button onClick={() => void navigate(`/petitions/${id}`)}>{t('receipt.back')}</Button>
          </>
        }
      />
      {queryCode && <Alert className="xf-no-print" type="warning" showIcon title={t('receipt.keep')} />}
      <article className="xf-receipt" aria-label={t('receipt.title')}>
        <h2>{t('receipt.title')}</h2>
        <div className="xf-org">{receipt.org.name}</div>
        <table>
          <tbody>
            <tr>
              <th scope="row">{t('receipt.number')}</th>
              <td data-testid="receipt-number">{receipt.number}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.queryCode')}</th>
              <td>
                {queryCode ? (
                  <span className="xf-code" data-testid="receipt-query-code">
                    {queryCode}
                  </span>
                ) : (
                  <Typography.Text type="secondary">{t('receipt.codeAlreadyGiven')}</Typography.Text>
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.petitioner')}</th>
              <td>{receipt.petitionerName ?? '—'}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.channel')}</th>
              <td>{t(`channels.${receipt.channel}`)}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.subject')}</th>
              <td>{receipt.title}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.receivedAt')}</th>
              <td>{formatChineseDate(receipt.receivedAt)}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.registeredAt')}</th>
              <td>{formatChineseDate(receipt.registeredAt)}</td>
            </tr>
            <tr>
              <th scope="row">{t('receipt.registrar')}</th>
              <td>{receipt.registrar}</td>
            </tr>
            {receipt.org.address && (
              <tr>
                <th scope="row">{t('receipt.address')}</th>
                <td>{receipt.org.address}</td>
              </tr>
            )}
            {receipt.org.phone && (
              <tr>
                <th scope="row">{t('receipt.phone')}</th>
                <td>{receipt.org.phone}</td>
              </tr>
            )}
          </tbody>
        </table>
        <p className="xf-note">{t('receipt.note')}</p>
        <p style={{ textAlign: 'right', margin: 0 }}>
          {receipt.org.name}
          {t('receipt.seal')}
          <br />
          {formatChineseDate(receipt.registeredAt)}
        </p>
      </article>
    </Space>
  );
}
