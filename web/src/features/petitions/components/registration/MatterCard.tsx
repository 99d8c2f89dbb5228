import { ANONYMOUS_TYPES, CHANNELS, MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, PETITION_TYPES, type PetitionType } from '@xinfang/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
  chinaPickerValue,
} from '../../../../ui';
import { CategoryCascader } from '../../../categories/components/CategoryCascader';
import { RegionPicker } from '../../../orgs/components/RegionPicker';
import { AccusedFields } from './AccusedFields';

/** The matter: how and when it came, its type and category, title and content, place, counts, flags, the accused. */
export function MatterCard({ title, extra }: { title: ReactNode; extra: ReactNode }) {
  const { t } = useTranslation();
  const type = Form.useWatch('type') as PetitionType | undefined;
  const anonymousAllowed = ANONYMOUS_TYPES.includes(type ?? 'appeal');
  return (
    <Card size="small" title={title} extra={extra}>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="channel" label={t('petition.channel')} rules={[{ required: true }]}>
            <Select autoFocus options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="receivedAt" label={t('petition.receivedAt')} rules={[{ required: true }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(chinaPickerValue().endOf('day'))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="type" label={t('petition.type')} rules={[{ required: true }]}>
            <Select options={PETITION_TYPES.map((c) => ({ value: c, label: t(`petitionTypes.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="categoryId" label={t('petition.category')}>
            <CategoryCascader placeholder={t('petition.categoryPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="title"
        label={t('petition.title')}
        rules={[
          { required: true, whitespace: true, message: t('petition.required', { field: t('petition.title') }) },
          { max: MAX_TITLE_LENGTH },
        ]}
      >
        <Input maxLength={MAX_TITLE_LENGTH} showCount />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('petition.content')}
        rules={[{ required: true, whitespace: true, message: t('petition.required', { field: t('petition.content') }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={MAX_CONTENT_LENGTH} showCount />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="placeRegionCode" label={t('petition.placeRegion')}>
            <RegionPicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="placeAddress" label={t('petition.placeAddress')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="personsCount" label={t('petition.personsCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="involvedCount" label={t('petition.involvedCount')}>
            <InputNumber min={0} max={10000000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('petition.flagsLabel')} style={{ marginBottom: 8 }}>
        <Space wrap>
          {(['skipLevel', 'litigation', 'majorUrgent', 'confidential'] as const).map((f) => (
            <Form.Item key={f} name={f} valuePropName="checked" noStyle>
              <Checkbox>{t(`flags.${f}`)}</Checkbox>
            </Form.Item>
          ))}
          <Form.Item name="anonymous" valuePropName="checked" noStyle>
            <Checkbox disabled={!anonymousAllowed} title={t('petition.anonymousHint')}>
              {t('flags.anonymous')}
            </Checkbox>
          </Form.Item>
          {!anonymousAllowed && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('petition.anonymousHint')}
            </Typography.Text>
          )}
        </Space>
      </Form.Item>
      {type === 'accusation' && <AccusedFields />}
    </Card>
  );
}
