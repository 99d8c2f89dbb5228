import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Space, Tag, Typography, formatPercent } from '../../../ui';
import type { Suggestions } from '../api/assist';

interface Props {
  suggestions: Suggestions | undefined;
  categoryId: number | null;
  bodyId: number | null;
  onCategory: (id: number) => void;
  onBody: (id: number | null) => void;
}

/** Alt+1–3 take a category, Alt+4–6 a body: by the key's place, whatever the keyboard's layout. */
const CATEGORY_KEYS = ['Digit1', 'Digit2', 'Digit3'];
const BODY_KEYS = ['Digit4', 'Digit5', 'Digit6'];

interface Choice {
  id: number;
  label: string;
  score: number;
  tag?: string;
}

/** One row of suggestions, each a button with its key (Alt+n) and confidence; the chosen one pressed. */
function Choices(props: {
  heading: string;
  kind: 'category' | 'body';
  firstKey: number;
  items: Choice[];
  chosen: number | null;
  onChoose: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { heading, kind, firstKey, items, chosen, onChoose } = props;
  return (
    <section aria-label={heading}>
      <Typography.Text strong>{heading}</Typography.Text>
      <Space wrap size={4} style={{ display: 'flex', margin: '4px 0 8px' }}>
        {items.map((c, i) => (
          <Button
            key={c.id}
            size="small"
            type={chosen === c.id ? 'primary' : 'default'}
            aria-pressed={chosen === c.id}
            aria-keyshortcuts={`Alt+${firstKey + i}`}
            onClick={() => onChoose(c.id)}
            data-testid={`assist-${kind}`}
          >
            <kbd>Alt+{firstKey + i}</kbd> {c.label} · {formatPercent(c.score)}
            {c.tag && (
              <Tag variant="filled" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
                {c.tag}
              </Tag>
            )}
          </Button>
        ))}
        {items.length === 0 && <Typography.Text type="secondary">{t('assist.none')}</Typography.Text>}
      </Space>
    </section>
  );
}

/**
 * 智能辅助 beside 信访登记: the three likeliest categories and handling bodies, each taken with one click or one key
 * (Alt+1–6); the registrar decides — a suggestion never fills anything by itself. The body chosen is offered first
 * when the petition is forwarded or assigned.
 */
export function SuggestionsCard({ suggestions, categoryId, bodyId, onCategory, onBody }: Props) {
  const { t } = useTranslation();
  // The latest props for the one key listener.
  const latest = useRef({ suggestions, bodyId, onCategory, onBody });
  latest.current = { suggestions, bodyId, onCategory, onBody };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const { suggestions: s, bodyId: chosen, onCategory: takeCategory, onBody: takeBody } = latest.current;
      const c = s?.categories[CATEGORY_KEYS.indexOf(e.code)];
      const b = s?.bodies[BODY_KEYS.indexOf(e.code)];
      if (!c && !b) return;
      e.preventDefault();
      if (c) takeCategory(c.id);
      if (b) takeBody(chosen === b.id ? null : b.id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!suggestions) return null;
  return (
    <Card
      size="small"
      title={t('assist.title')}
      extra={<Typography.Text type="secondary">{t('assist.model', { version: suggestions.model.version })}</Typography.Text>}
      style={{ marginBottom: 12 }}
      data-testid="assist-suggestions"
    >
      <Choices
        heading={t('assist.categories')}
        kind="category"
        firstKey={1}
        items={suggestions.categories.map((c) => ({ id: c.id, label: c.path, score: c.score }))}
        chosen={categoryId}
        onChoose={onCategory}
      />
      <Choices
        heading={t('assist.bodies')}
        kind="body"
        firstKey={4}
        items={suggestions.bodies.map((b) => ({ id: b.id, label: b.name, score: b.score, tag: t(`assist.source.${b.source}`) }))}
        chosen={bodyId}
        onChoose={(id) => onBody(bodyId === id ? null : id)}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {t('assist.bodiesHint')}
      </Typography.Paragraph>
    </Card>
  );
}
