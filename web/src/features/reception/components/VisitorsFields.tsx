import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Flex, Form, Input, Tag } from '../../../ui';
import type { FormVisitor } from '../records';

/**
 * The visitors of a record's form (the list `visitors`): name, identity number, phone, representative. A visitor
 * standing for a booking or desk visit shows that phone masked, not as a field: the server takes it.
 */
export function VisitorsFields({ visitors }: { visitors: FormVisitor[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Form.List name="visitors">
      {(fields, { add, remove }) => (
        <Card size="small" title={t('reception.records.visitors')} style={{ marginBottom: 16 }}>
          {fields.map((f) => (
            <Flex key={f.key} gap="small" align="start" wrap>
              <Form.Item name={[f.name, 'name']} label={t('reception.records.name')} rules={[{ required: true }]}>
                <Input maxLength={100} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'idNumber']} label={t('reception.records.idNumber')}>
                <Input maxLength={18} style={{ width: 200 }} />
              </Form.Item>
              {visitors?.[f.name]?.visitId || visitors?.[f.name]?.bookingId ? (
                <Form.Item label={t('reception.records.phone')}>
                  <Flex gap="small" align="center">
                    <Input
                      disabled
                      value={visitors[f.name]?.maskedPhone ?? ''}
                      style={{ width: 150 }}
                      aria-label={t('reception.records.phone')}
                    />
                    <Tag color="blue">{t('reception.records.fromArrival')}</Tag>
                  </Flex>
                </Form.Item>
              ) : (
                <Form.Item name={[f.name, 'phone']} label={t('reception.records.phone')}>
                  <Input maxLength={20} style={{ width: 150 }} />
                </Form.Item>
              )}
              <Form.Item name={[f.name, 'isRepresentative']} valuePropName="checked" label=" ">
                <Checkbox>{t('reception.records.representative')}</Checkbox>
              </Form.Item>
              {fields.length > 1 && (
                <Form.Item label=" ">
                  <Button onClick={() => remove(f.name)}>{t('reception.records.remove')}</Button>
                </Form.Item>
              )}
            </Flex>
          ))}
          <Button onClick={() => add({})}>{t('reception.records.addVisitor')}</Button>
        </Card>
      )}
    </Form.List>
  );
}
