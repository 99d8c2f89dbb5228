import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert, AntApp, Button, Modal, RowErrorsTable, Space, Table, Typography, Upload, type RowError } from '../../../ui';
import { importOrgs, type ImportResult } from '../api/orgs';

/** 导入: upload → dry-run preview (or the rows at fault) → 确认导入. */
export function ImportOrgsModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (f: File) => {
    setFile(f);
    setPreview(null);
    setRowErrors(null);
    setError(null);
    setBusy(true);
    try {
      setPreview(await importOrgs(f, true));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'import_invalid' && Array.isArray(e.details.rows)) setRowErrors(e.details.rows as RowError[]);
      else setError(e instanceof Error ? e.message : t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await importOrgs(file, false);
      void message.success(t('orgs.imported', { count: result.created }));
      onImported();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'import_invalid' && Array.isArray(e.details.rows)) setRowErrors(e.details.rows as RowError[]);
      else setError(e instanceof Error ? e.message : t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('orgs.importTitle')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!preview || preview.rows.length === 0} loading={busy} onClick={() => void confirm()}>
          {t('orgs.confirmImport')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('orgs.importHint')}</Typography.Paragraph>
        <Space>
          <a href="/api/orgs/import/template" download>
            {t('orgs.downloadTemplate')}
          </a>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            showUploadList={file ? { showRemoveIcon: false } : false}
            beforeUpload={(f) => {
              void check(f);
              return false;
            }}
          >
            <Button loading={busy}>{t('orgs.chooseFile')}</Button>
          </Upload>
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {rowErrors && (
          <>
            <Alert type="error" showIcon title={t('orgs.invalid')} />
            <RowErrorsTable rows={rowErrors} />
          </>
        )}
        {preview && (
          <>
            <Typography.Text strong>
              {t('orgs.preview')}（{t('orgs.previewCount', { count: preview.rows.length })}）
            </Typography.Text>
            <Table
              size="small"
              rowKey="row"
              dataSource={preview.rows}
              pagination={false}
              scroll={{ y: 300 }}
              columns={[
                { title: t('orgs.row'), dataIndex: 'row', width: 80 },
                { title: t('orgs.name'), dataIndex: 'name' },
                { title: t('orgs.parent'), dataIndex: 'parent' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
