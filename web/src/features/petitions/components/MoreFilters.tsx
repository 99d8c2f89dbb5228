import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DatePicker, Form, chinaDayBound } from '../../../ui';
import { CategoryCascader } from '../../categories/components/CategoryCascader';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { RegionPicker } from '../../orgs/components/RegionPicker';
import type { ListFilters } from '../api/types';

type More = Pick<ListFilters, 'categoryId' | 'regionCode' | 'orgId' | 'from' | 'to'>;

/**
 * The work list's filters that need antd's pickers (分类, 问题发生地, 登记机构, 收到时间): loaded when the panel opens,
 * so the list itself shows without them. Edits the same unsent filters as the list's own fields.
 */
export function MoreFilters({ value, onChange }: { value: ListFilters; onChange: (patch: More) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="inline" name="petitionMoreFilters" component="div" style={{ rowGap: 8 }}>
      <Form.Item label={t('list.category')} htmlFor="list-category">
        <CategoryCascader
          id="list-category"
          includeInactive
          style={{ width: 220 }}
          value={value.categoryId ?? null}
          onChange={(categoryId) => onChange({ categoryId: categoryId ?? undefined })}
        />
      </Form.Item>
      <Form.Item label={t('list.region')} htmlFor="list-region">
        <RegionPicker
          key={value.regionCode ?? ''}
          id="list-region"
          style={{ width: 200 }}
          value={value.regionCode ?? null}
          onChange={(regionCode) => onChange({ regionCode: regionCode ?? undefined })}
        />
      </Form.Item>
      <Form.Item label={t('list.org')} htmlFor="list-org">
        <OrgTreeSelect
          id="list-org"
          activeOnly={false}
          allowClear
          style={{ width: 200 }}
          value={value.orgId ?? null}
          onChange={(orgId) => onChange({ orgId: orgId ?? undefined })}
        />
      </Form.Item>
      <Form.Item label={t('list.dateRange')} htmlFor="list-range">
        <DatePicker.RangePicker
          id={{ start: 'list-range' }}
          value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            onChange({ from: from ? chinaDayBound(from, 'start') : undefined, to: to ? chinaDayBound(to, 'end') : undefined });
          }}
        />
      </Form.Item>
    </Form>
  );
}
