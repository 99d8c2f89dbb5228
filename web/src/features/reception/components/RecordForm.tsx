import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DECLINE_ROUTES, MATTER_DECISIONS, PETITION_TYPES, RECEPTION_RECORD_KINDS } from '@xinfang/domain';
import {
  Button,
  Card,
  chinaPickerValue,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  pickedChinaTime,
  Select,
  Space,
  useServerErrors,
} from '../../../ui';
import { useOrgDirectory } from '../../orgs/hooks/useOrgs';
import { OrgDirectorySelect } from '../../orgs/components/OrgDirectorySelect';
import { PetitionLookup } from '../../petitions/components/PetitionLookup';
import { AccusedFields } from '../../petitions/components/registration/AccusedFields';
import { createRecord, fetchRecordOptions, type SavedRecord } from '../api/reception';
import { arrivalErrors, fromSlot, recordInput, type RecordFormValues, withArrival } from '../records';
import { ArrivalsPicker } from './ArrivalsPicker';
import { VisitorsFields } from './VisitorsFields';
import type { Dayjs } from 'dayjs';

type Values = Omit<RecordFormValues, 'heldAt'> & { heldAt: Dayjs };

/** 登记接访记录: kind, slot (fills leaders and place), visitors, what was raised, and each matter with its decision. */
export function RecordForm({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (saved: SavedRecord) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerErrors(form, true);
  const { data: options } = useQuery({ queryKey: ['reception', 'record-options'], queryFn: fetchRecordOptions, enabled: open });
  const { data: orgs } = useOrgDirectory();
  const kind = Form.useWatch('kind', form);
  const matters = Form.useWatch('matters', form) ?? [];
  const slotId = Form.useWatch('slotId', form);
  // With what antd keeps beyond the fields: a chosen arrival's ids and masked phone.
  const visitors = Form.useWatch('visitors', { form, preserve: true });

  const submit = async () => {
    await form.validateFields();
    const v = form.getFieldsValue(true) as Values;
    try {
      onSaved(await createRecord(recordInput({ ...v, heldAt: pickedChinaTime(v.heldAt) })));
      form.resetFields();
    } catch (e) {
      form.setFields(arrivalErrors(showErrors(e).fields));
    }
  };

  return (
    <Modal open={open} title={t('reception.records.add')} onCancel={onClose} onOk={() => void submit()} width={880} forceRender>
      <Form
        form={form}
        // Its own field ids: the desk's forms on the page's other tabs have fields of the same names.
        name="receptionRecord"
        layout="vertical"
        initialValues={{ kind: 'leader', heldAt: chinaPickerValue(), visitors: [{}], matters: [{ decision: 'assigned', type: 'appeal' }] }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('slotId' in changed) form.setFieldsValue(fromSlot(options?.slots ?? [], changed.slotId));
        }}
      >
        <Flex gap="middle" wrap>
          <Form.Item name="kind" label={t('reception.records.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              options={RECEPTION_RECORD_KINDS.map((k) => ({ value: k, label: t(`reception.records.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="heldAt" label={t('reception.records.heldAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="slotId" label={t('reception.records.slot')} extra={t('reception.records.slotHint')} style={{ flex: 1 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(options?.slots ?? []).map((s) => ({ value: s.id, label: s.label }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap="middle" wrap>
          <Form.Item name="leaderIds" label={t('reception.records.leaders')} rules={[{ required: true }]} style={{ minWidth: 240 }}>
            <Select mode="multiple" options={(options?.leaders ?? []).map((l) => ({ value: l.id, label: `${l.name}（${l.orgName}）` }))} />
          </Form.Item>
          <Form.Item name="place" label={t('reception.records.place')} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        {slotId && (
          <ArrivalsPicker
            slotId={slotId}
            visitors={visitors}
            onChoose={(a) => form.setFieldsValue(withArrival(form.getFieldsValue(true) as Values, a))}
          />
        )}
        {kind === 'joint' && (
          <Form.Item name="presentOrgIds" label={t('reception.records.presentOrgs')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={(orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        )}
        {(kind === 'invitation' || kind === 'outreach') && (
          <Form.Item name="petitionId" label={t('reception.records.petitionId')} rules={[{ required: kind === 'invitation' }]}>
            <PetitionLookup style={{ width: 420 }} />
          </Form.Item>
        )}
        <VisitorsFields visitors={visitors} />
        <Form.Item name="raised" label={t('reception.records.raised')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="counsel" label={t('reception.records.counsel')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="matters">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f, i) => {
                const decision = matters[i]?.decision;
                const linked = Boolean(matters[i]?.petitionId);
                return (
                  <Card
                    key={f.key}
                    size="small"
                    title={t('reception.records.matter', { n: i + 1 })}
                    extra={fields.length > 1 && <Button onClick={() => remove(f.name)}>{t('reception.records.remove')}</Button>}
                  >
                    <Flex gap="small" wrap>
                      <Form.Item
                        name={[f.name, 'title']}
                        label={t('reception.records.title')}
                        rules={[{ required: true }]}
                        style={{ flex: 1 }}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'type']} label={t('reception.records.type')}>
                        <Select
                          style={{ width: 140 }}
                          options={PETITION_TYPES.map((k) => ({ value: k, label: t(`petitionTypes.${k}`) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'petitionId']} label={t('reception.records.linkedPetitionId')}>
                        <PetitionLookup style={{ width: 320 }} />
                      </Form.Item>
                    </Flex>
                    <Form.Item name={[f.name, 'content']} label={t('reception.records.content')}>
                      <Input.TextArea rows={2} maxLength={20000} />
                    </Form.Item>
                    {matters[i]?.type === 'accusation' && !linked && <AccusedFields name={[f.name]} path={['matters', f.name]} />}
                    <Flex gap="small" wrap>
                      <Form.Item name={[f.name, 'decision']} label={t('reception.records.decision')} rules={[{ required: true }]}>
                        <Select
                          style={{ width: 150 }}
                          options={MATTER_DECISIONS.map((d) => ({ value: d, label: t(`reception.records.decisions.${d}`) }))}
                        />
                      </Form.Item>
                      {decision === 'assigned' && (
                        <>
                          {/* A linked petition keeps its handling body: the 批示 reaches it there. */}
                          {!linked && (
                            <Form.Item name={[f.name, 'orgId']} label={t('reception.records.org')} rules={[{ required: true }]}>
                              <OrgDirectorySelect aria-label={t('reception.records.org')} style={{ width: 260 }} />
                            </Form.Item>
                          )}
                          <Form.Item name={[f.name, 'dueDate']} label={t('reception.records.dueDate')} rules={[{ required: !linked }]}>
                            <Input placeholder="2027-01-12" style={{ width: 130 }} />
                          </Form.Item>
                        </>
                      )}
                      {decision === 'legal_route' && (
                        <Form.Item name={[f.name, 'legalRoute']} label={t('reception.records.legalRoute')} rules={[{ required: true }]}>
                          <Select
                            style={{ width: 220 }}
                            options={DECLINE_ROUTES.map((r) => ({ value: r, label: t(`workflow.options.routes.${r}`) }))}
                          />
                        </Form.Item>
                      )}
                    </Flex>
                    <Form.Item name={[f.name, 'instruction']} label={t('reception.records.instruction')} rules={[{ required: true }]}>
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  </Card>
                );
              })}
              <Button onClick={() => add({ decision: 'assigned', type: 'appeal' })}>{t('reception.records.addMatter')}</Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
