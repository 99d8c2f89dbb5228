import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { planFormErrors } from './serverErrors';

/**
 * Returns a handler that puts server field errors on the form's fields and shows the rest as a message.
 * With `nested`, paths like petitioners.2.idNumber land on that row's field of a Form.List.
 */
export function useServerErrors(form?: FormInstance, nested = false) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, formFields: readonly string[] = []) => {
      const names = form ? (formFields.length ? formFields : Object.keys(form.getFieldsValue(true) as object)) : [];
      const plan = planFormErrors(error, names, t('common.requestFailed'), nested);
      if (form && plan.fields.length) form.setFields(plan.fields);
      if (plan.message) void message.error(plan.message);
      return plan;
    },
    [form, message, t, nested],
  );
}
