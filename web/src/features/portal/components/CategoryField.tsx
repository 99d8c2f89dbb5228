import { useEffect, useState } from 'react';
import { suggestCategories, type CategorySuggestion } from '../api/portal';
import { useT } from '../i18n';
import { Radios } from './Fields';

/** No category chosen: the staff decide. A radio needs a string value. */
const UNSURE = 'unsure';

/**
 * 问题类别 (optional): the three categories 智能辅助 suggests for what has been written, asked a moment after the
 * writing stops, or "not sure". Nothing is chosen for the person; the staff may correct it on registration.
 */
export function CategoryField({
  title,
  content,
  value,
  onChange,
}: {
  title: string;
  content: string;
  value: number | null;
  onChange: (id: number | null, path: string | null) => void;
}) {
  const { t } = useT();
  const [offers, setOffers] = useState<CategorySuggestion[]>([]);
  useEffect(() => {
    // Once a category is chosen the list stands still: a new list must not take the choice away.
    if (content.trim().length < 10 || value !== null) return;
    let current = true;
    const timer = setTimeout(() => {
      suggestCategories(title, content)
        .then((found) => current && setOffers(found))
        // Only a help: the form is sent the same without it.
        .catch(() => undefined);
    }, 600);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [title, content, value]);
  if (!offers.length) return null;
  return (
    <Radios<string>
      id="categoryId"
      legend={t('submit.category')}
      value={value === null ? UNSURE : String(value)}
      onChange={(v) => {
        const chosen = offers.find((o) => String(o.id) === v);
        onChange(chosen?.id ?? null, chosen?.path ?? null);
      }}
      options={[
        ...offers.map((o) => ({ value: String(o.id), label: o.path.replaceAll('/', ' › ') })),
        { value: UNSURE, label: t('submit.categoryUnsure') },
      ]}
    />
  );
}
