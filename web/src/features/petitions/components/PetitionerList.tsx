import { ID_TYPES, type Channel, isValidChineseId } from '@xinfang/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Col, Form, Input, Row, Select, Space, Tag, Typography, focusFirstField } from '../../../ui';
import { RegionPicker } from '../../orgs/components/RegionPicker';
import { emptyPetitioner, isMasked, type PetitionerRow } from '../formModel';
import { isValidPhone, representativeCount } from '../validation';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Notices go by SMS to mobile numbers only (a masked one was a mobile when the server kept the choice). */
const isMobile = (phone: string | undefined) => !!phone && (isMasked(phone) || /^1[3-9]\d{9}$/.test(phone.replace(/\s+/g, '')));

/** 信访人: a dynamic list; exactly one main petitioner; at most five representatives of a visit (条例 Art. 20). */
export function PetitionerList() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('petitioners', { form, preserve: true }) as PetitionerRow[] | undefined) ?? [];
  const channel = Form.useWatch('channel', form) as Channel | undefined;
  const personsCount = Form.useWatch('personsCount', form) as number | undefined;
  const [refused, setRefused] = useState(false);
  const { count, exceeded, limit } = representativeCount(rows, channel);
  const groupVisit = channel === 'visit' && (personsCount ?? 0) >= 5;
  const listRef = useRef<HTMLDivElement>(null);
  // The row whose first field takes focus once it is shown (after 添加信访人), so the keyboard never lands on <body>.
  const focusRow = useRef<number | null>(null);
  const rowElement = (index: number) => listRef.current?.querySelector(`[data-testid="petitioner-${index}"]`);
  useEffect(() => {
    if (focusRow.current !== null && focusFirstField(rowElement(focusRow.current))) focusRow.current = null;
  });

  const setMain = (index: number, checked: boolean) => {
    const current = (form.getFieldValue('petitioners') as PetitionerRow[]) ?? [];
    form.setFieldValue(
      'petitioners',
      current.map((r, i) => ({ ...r, isMain: checked ? i === index : i === index ? false : r.isMain })),
    );
    void form.validateFields([['petitioners']]).catch(() => undefined);
  };

  const setRepresentative = (index: number, checked: boolean) => {
    const current = (form.getFieldValue('petitioners') as PetitionerRow[]) ?? [];
    if (checked && limit !== null && representativeCount(current, channel).count >= limit) {
      setRefused(true);
      return;
    }
    setRefused(false);
    form.setFieldValue(['petitioners', index, 'isRepresentative'], checked);
    void form.validateFields([['petitioners']]).catch(() => undefined);
  };

  return (
    <Form.List
      name="petitioners"
      rules={[
        {
          validator: async (_, value: PetitionerRow[] | undefined) => {
            const list = (value ?? []).filter((r) => r?.name?.trim());
            const anonymous = !!form.getFieldValue('anonymous');
            if (!anonymous && list.length === 0) throw new Error(t('petition.petitionerRequired'));
            if (list.length && list.filter((r) => r.isMain).length !== 1) throw new Error(t('petition.mainRequired'));
            const reps = representativeCount(list, channel);
            if (reps.exceeded) throw new Error(t('petition.representativesExceeded'));
            const group = form.getFieldValue('channel') === 'visit' && Number(form.getFieldValue('personsCount')) >= 5;
            if (group && !anonymous && reps.count === 0) throw new Error(t('petition.representativesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Space ref={listRef} orientation="vertical" size="small" style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('petition.petitioners')}
            </Typography.Title>
            <Tag color={exceeded ? 'red' : groupVisit ? 'volcano' : 'default'} data-testid="representative-count">
              {limit === null ? t('petition.representativesUnlimited', { count }) : t('petition.representatives', { count, limit })}
            </Tag>
          </Space>
          {groupVisit && count === 0 && <Alert type="info" showIcon title={t('petition.representativesRequired')} />}
          {(refused || exceeded) && (
            <Alert
              type="error"
              role="alert"
              showIcon
              data-testid="representatives-refused"
              title={t('petition.representativesExceeded')}
              closable={{ onClose: () => setRefused(false) }}
            />
          )}
          {fields.map((field, index) => {
            const row = rows[index];
            const org = row?.kind === 'org';
            return (
              <div
                key={field.key}
                data-testid={`petitioner-${index}`}
                role="group"
                aria-label={`${t('petition.petitioners')} ${index + 1}`}
                style={{ border: '1px solid #e5e5e5', borderRadius: 6, padding: '8px 12px 0' }}
              >
                <Row gutter={8}>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'kind']} label={t('petition.kind')}>
                      <Select options={(['person', 'org'] as const).map((k) => ({ value: k, label: t(`petitionerKinds.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'name']} label={t('petition.name')} rules={[{ max: 100 }]}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'idType']} label={t('petition.idType')}>
                      <Select
                        allowClear
                        popupMatchSelectWidth={false}
                        options={ID_TYPES.map((k) => ({ value: k, label: t(`idTypes.${k}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'idNumber']}
                      label={t('petition.idNumber')}
                      dependencies={[['petitioners', field.name, 'idType']]}
                      rules={[
                        {
                          validator: async (_, v: string | undefined) => {
                            const type = (form.getFieldValue(['petitioners', field.name, 'idType']) as string | null) ?? 'id_card';
                            if (v?.trim() && !isMasked(v) && type === 'id_card' && !isValidChineseId(v))
                              throw new Error(t('petition.idInvalid'));
                          },
                        },
                      ]}
                    >
                      <Input maxLength={40} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label={t('petition.phone')}
                      rules={[
                        {
                          validator: async (_, v: string | undefined) => {
                            if (v && !isMasked(v) && !isValidPhone(v)) throw new Error(t('petition.phoneInvalid'));
                          },
                        },
                      ]}
                    >
                      <Input maxLength={30} autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={8} align="bottom">
                  <Col span={7}>
                    <Form.Item name={[field.name, 'address']} label={t('petition.address')}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'regionCode']} label={t('petition.region')}>
                      <RegionPicker style={{ width: '100%' }} near={index > 0 ? rows[0]?.regionCode : undefined} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'employer']} label={org ? t('petition.address') : t('petition.employer')} hidden={org}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item>
                      <Space size={4} wrap>
                        <Checkbox checked={!!row?.isMain} onChange={(e) => setMain(index, e.target.checked)}>
                          {t('petition.isMain')}
                        </Checkbox>
                        <Checkbox checked={!!row?.isRepresentative} onChange={(e) => setRepresentative(index, e.target.checked)}>
                          {t('petition.isRepresentative')}
                        </Checkbox>
                        {fields.length > 1 && (
                          <Button
                            size="small"
                            type="link"
                            danger
                            onClick={() => {
                              const wasMain = !!row?.isMain;
                              // Focus goes to the petitioner before (or the one that takes this one's place).
                              focusFirstField(rowElement(index > 0 ? index - 1 : 1));
                              remove(field.name);
                              if (wasMain) {
                                const rest = (form.getFieldValue('petitioners') as PetitionerRow[]) ?? [];
                                if (rest.length) form.setFieldValue(['petitioners', 0, 'isMain'], true);
                              }
                            }}
                          >
                            {t('petition.removePetitioner')}
                          </Button>
                        )}
                      </Space>
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={8} align="bottom">
                  <Col span={7}>
                    <Form.Item
                      name={[field.name, 'email']}
                      label={t('petition.email')}
                      rules={[
                        {
                          validator: async (_, v: string | undefined) => {
                            if (v?.trim() && !isMasked(v) && !EMAIL.test(v.trim())) throw new Error(t('petition.emailInvalid'));
                          },
                        },
                      ]}
                    >
                      <Input maxLength={100} autoComplete="off" inputMode="email" />
                    </Form.Item>
                  </Col>
                  <Col span={17}>
                    <Form.Item label={t('petition.notify')} tooltip={t('petition.notifyHint')}>
                      <Space size={4} wrap>
                        <Form.Item name={[field.name, 'notifySms']} valuePropName="checked" noStyle>
                          <Checkbox disabled={!isMobile(row?.phone)}>{t('petition.notifySms')}</Checkbox>
                        </Form.Item>
                        <Form.Item name={[field.name, 'notifyEmail']} valuePropName="checked" noStyle>
                          <Checkbox disabled={!row?.email?.trim()}>{t('petition.notifyEmail')}</Checkbox>
                        </Form.Item>
                      </Space>
                    </Form.Item>
                  </Col>
                </Row>
              </div>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            onClick={() => {
              focusRow.current = fields.length;
              add(emptyPetitioner(fields.length === 0));
            }}
          >
            {t('petition.addPetitioner')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
