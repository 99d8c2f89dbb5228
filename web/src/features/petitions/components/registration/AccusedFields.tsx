import { useTranslation } from 'react-i18next';
import { Checkbox, Col, Form, Input, Row } from '../../../../ui';
import { OrgDirectorySelect } from '../../../orgs/components/OrgDirectorySelect';

type Path = (string | number)[];

/**
 * An accusation's 被反映人 and 被反映单位: one of the two, or the registrar confirms that no body is named. Inside a
 * Form.List (a reception's matters), `name` is the row's field and `path` its full name in the form.
 */
export function AccusedFields({ name = [], path = name }: { name?: Path; path?: Path }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const accusedOrgId = Form.useWatch([...path, 'accusedOrgId'], form) as number | null | undefined;
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Form.Item
          name={[...name, 'accusedPerson']}
          label={t('petition.accusedPerson')}
          dependencies={[[...path, 'accusedOrgId']]}
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if (!v?.trim() && !form.getFieldValue([...path, 'accusedOrgId'])) throw new Error(t('petition.accusedRequired'));
              },
            },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name={[...name, 'accusedOrgId']} label={t('petition.accusedOrg')} style={{ marginBottom: 4 }}>
          <OrgDirectorySelect allowClear style={{ width: '100%' }} />
        </Form.Item>
        {!accusedOrgId && (
          <Form.Item name={[...name, 'accusedOrgNone']} valuePropName="checked" extra={t('petition.accusedOrgNoneHint')}>
            <Checkbox data-testid="accused-org-none">{t('petition.accusedOrgNone')}</Checkbox>
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
