import { useTranslation } from 'react-i18next';
import { Button, Form, Input, Space } from '../../../ui';
import { ACTION_FIELDS, fieldError, type ActionContext, type PartyValue } from '../actions';

const PARTIES = ACTION_FIELDS.requestMediation.find((f) => f.kind === 'parties')!;
// The parties' check reads nothing of the petition.
const NO_CONTEXT: ActionContext = { status: 'handling', workflow: { extensions: [], supervisions: [], assignments: [] } };

/**
 * The parties of a part handed to a village for mediation (交由村（居）调解): each named, with what it asks for and a
 * phone if known; rows are added and removed. Checked with the rest of the form (actions.ts fieldError 'parties').
 */
export function MediationParties({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} required={required}>
      <Form.List
        name="parties"
        initialValue={[{}, {}]}
        rules={[
          {
            validator: async (_, rows: PartyValue[] | undefined) => {
              const code = fieldError(PARTIES, { parties: rows ?? [] }, NO_CONTEXT);
              if (code) throw new Error(t(code === 'required' ? 'workflow.errors.required' : 'workflow.errors.parties', { field: label }));
            },
          },
        ]}
      >
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item name={[row.name, 'name']} noStyle>
                  <Input placeholder={t('workflow.party.name')} aria-label={`${t('workflow.party.name')} ${i + 1}`} maxLength={100} />
                </Form.Item>
                <Form.Item name={[row.name, 'phone']} noStyle>
                  <Input placeholder={t('workflow.party.phone')} aria-label={`${t('workflow.party.phone')} ${i + 1}`} maxLength={20} />
                </Form.Item>
                <Form.Item name={[row.name, 'claim']} noStyle>
                  <Input
                    placeholder={t('workflow.party.claim')}
                    aria-label={`${t('workflow.party.claim')} ${i + 1}`}
                    maxLength={1000}
                    style={{ minWidth: 220 }}
                  />
                </Form.Item>
                {rows.length > 1 && <Button onClick={() => remove(row.name)}>{t('workflow.party.remove')}</Button>}
              </Space>
            ))}
            <Button onClick={() => add({})}>{t('workflow.party.add')}</Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
