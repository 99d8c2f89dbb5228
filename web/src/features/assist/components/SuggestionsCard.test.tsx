import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import type { Suggestions } from '../api/assist';
import { SuggestionsCard } from './SuggestionsCard';

const suggestions: Suggestions = {
  categories: [
    { id: 543, path: '教育文体', score: 0.91 },
    { id: 441, path: '卫生计生', score: 0.05 },
    { id: 1, path: '城乡建设', score: 0.02 },
  ],
  bodies: [
    { id: 8, name: '临朐县教育和体育局', score: 0.62, source: 'history' },
    { id: 9, name: '临朐县卫生健康局', score: 0.2, source: 'rule' },
  ],
  similar: [],
  model: { version: 3, trainedAt: '2026-12-07T01:00:00.000Z' },
};

function Host() {
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [bodyId, setBodyId] = useState<number | null>(null);
  return (
    <>
      <input aria-label="标题" />
      <SuggestionsCard suggestions={suggestions} categoryId={categoryId} bodyId={bodyId} onCategory={setCategoryId} onBody={setBodyId} />
      <output data-testid="chosen">{`${categoryId ?? '-'}/${bodyId ?? '-'}`}</output>
    </>
  );
}

describe('智能辅助 beside the registration form', () => {
  it('takes a category with Alt+1–3 and a body with Alt+4–6 from any field; the body key again lets go of it', async () => {
    render(<Host />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: '标题' }));
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByTestId('chosen').textContent).toBe('441/-');
    await user.keyboard('{Alt>}4{/Alt}');
    expect(screen.getByTestId('chosen').textContent).toBe('441/8');
    expect(screen.getByRole('button', { name: /临朐县教育和体育局/ }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Alt>}4{/Alt}');
    expect(screen.getByTestId('chosen').textContent).toBe('441/-');
    // No third body: Alt+6 does nothing.
    await user.keyboard('{Alt>}6{/Alt}');
    expect(screen.getByTestId('chosen').textContent).toBe('441/-');
  });

  it('shows each suggestion with its confidence and where a body comes from', () => {
    render(<Host />);
    expect(screen.getByRole('button', { name: /教育文体 · 91\.0%/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /临朐县卫生健康局 · 20\.0%\s*依规则/ })).toBeTruthy();
    expect(screen.getByText('模型第 3 版')).toBeTruthy();
  });
});
