import { describe, expect, it } from 'vitest';
import { actionLabel, changedFields } from './labels';

describe('actionLabel', () => {
  it('labels known actions and passes unknown codes through', () => {
    expect(actionLabel('org.created', 'zh-CN')).toBe('新建机构');
    expect(actionLabel('org.created', 'en')).toBe('Body created');
    expect(actionLabel('petition.registered', 'zh-CN')).toBe('登记信访事项');
    expect(actionLabel('saved_filter.removed', 'en')).toBe('Saved filter removed');
    expect(actionLabel('petition.assign', 'zh-CN')).toBe('交办');
    expect(actionLabel('petition.approveExtension', 'en')).toBe('Extension decided');
    expect(actionLabel('petition.unknown_thing', 'zh-CN')).toBe('petition.unknown_thing');
  });
});

describe('changedFields', () => {
  it('lists only the fields that changed', () => {
    expect(changedFields({ name: 'a', code: 'X' }, { name: 'b', code: 'X', phone: '1' })).toEqual([
      { field: 'name', before: 'a', after: 'b' },
      { field: 'phone', before: undefined, after: '1' },
    ]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
