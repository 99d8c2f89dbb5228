import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert, Button, Input, Modal, RowErrorsTable, Space, Typography, Upload, type RowError } from '../../../ui';
import { importCalendarYear, type CalendarYear } from '../api/calendar';

/** Enters a year from a CSV or Excel file; the rows at fault are listed when the file is wrong. */
export function ImportYearModal({
  year,
  notice: initialNotice,
  onClose,
  onSaved,
}: {
  year: number;
  notice: string;
  onClose: () => void;
  onSaved: (y: CalendarYear) => void;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState(initialNotice);
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<RowError[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setRows(null);
    setError(null);
    if (!file) return setError(t('calendar.fileRequired'));
    setBusy(true);
    try {
      onSaved(await importCalendarYear(year, notice.trim(), file));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'import_invalid' && Array.isArray(e.details.rows)) setRows(e.details.rows as RowError[]);
      else if (e instanceof ApiError && e.fields.length) setError(e.fields.map((f) => f.message).join('；'));
      else setError(e instanceof Error ? e.message : t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('calendar.importTitle', { year })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={720}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('calendar.importHint')}</Typography.Paragraph>
        <Input
          aria-label={t('calendar.notice')}
          placeholder={t('calendar.noticePlaceholder')}
          value={notice}
          maxLength={200}
          onChange={(e) => setNotice(e.target.value)}
        />
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={file ? { showRemoveIcon: false } : false}
          beforeUpload={(f) => {
            setFile(f);
            setRows(null);
            setError(null);
            return false;
          }}
        >
          <Button>{t('calendar.chooseFile')}</Button>
        </Upload>
        {error && <Alert type="error" showIcon title={error} />}
        {rows && (
          <>
            <Alert type="error" showIcon title={t('calendar.importInvalid')} />
            <RowErrorsTable rows={rows} fieldLabel={(f) => t(`calendar.${f}`, { defaultValue: f })} />
          </>
        )}
      </Space>
    </Modal>
  );
}
