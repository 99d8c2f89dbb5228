import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/client';
import { planFormErrors } from './serverErrors';

describe('toApiError', () => {
  it('reads the error shape', () => {
    const e = toApiError(409, { error: { code: 'org_name_taken', message: '同级已有同名机构', details: { x: 1 } } });
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.message, e.details]).toEqual([409, 'org_name_taken', '同级已有同名机构', { x: 1 }]);
  });

  it('copes with a body that is not the error shape', () => {
    const e = toApiError(502, null);
    expect([e.code, e.message]).toEqual(['http_502', 'HTTP 502']);
  });
});

describe('planFormErrors', () => {
  const validation = new ApiError(400, 'validation_failed', '输入有误', {
    fields: [
      { path: 'name', in: 'body', message: '请填写机构名称' },
      { path: 'code', in: 'body', message: '编码不对' },
    ],
  });

  it('puts field errors on the fields the form has', () => {
    expect(planFormErrors(validation, ['name', 'code'], 'x')).toEqual({
      fields: [
        { name: ['name'], errors: ['请填写机构名称'] },
        { name: ['code'], errors: ['编码不对'] },
      ],
      message: null,
    });
  });

  it('reports fields the form lacks in the message', () => {
    const plan = planFormErrors(validation, ['name'], 'x');
    expect(plan.fields).toEqual([{ name: ['name'], errors: ['请填写机构名称'] }]);
    expect(plan.message).toBe('输入有误；code: 编码不对');
  });

  it('shows the server message for a non-field error', () => {
    expect(planFormErrors(new ApiError(409, 'org_name_taken', '同级已有同名机构'), ['name'], 'x')).toEqual({
      fields: [],
      message: '同级已有同名机构',
    });
  });

  it('falls back for unknown failures', () => {
    expect(planFormErrors('boom', [], '操作失败').message).toBe('操作失败');
  });
});

describe('planFormErrors with list paths', () => {
  const error = new ApiError(400, 'validation_failed', '输入有误', {
    fields: [
      { path: 'petitioners.2.idNumber', in: 'body', message: '身份证号码不正确' },
      { path: 'petitioners', in: 'body', message: '代表人数超过 5 人' },
    ],
  });

  it('keeps the list index so the error lands on the right row', () => {
    expect(planFormErrors(error, ['petitioners'], 'x', true)).toEqual({
      fields: [
        { name: ['petitioners', 2, 'idNumber'], errors: ['身份证号码不正确'] },
        { name: ['petitioners'], errors: ['代表人数超过 5 人'] },
      ],
      message: null,
    });
  });

  it('folds onto the top field when not nested', () => {
    expect(planFormErrors(error, ['petitioners'], 'x').fields).toEqual([
      { name: ['petitioners'], errors: ['身份证号码不正确', '代表人数超过 5 人'] },
    ]);
  });
});
