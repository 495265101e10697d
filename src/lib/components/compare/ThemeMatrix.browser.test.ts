import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ThemeMatrix from './ThemeMatrix.svelte';
import type { Plan, PlanNode } from '../../plan/schema';

// Two small plans written for this test: 甲市 has two 災害 items and one 見守り, 乙町 one 見守り only.
const n = (id: string, themes: string[], children: PlanNode[] = []): PlanNode => ({
  id,
  level: '取組',
  code: '',
  title: `項目 ${id}`,
  description: '',
  tags: [],
  themes,
  children,
  line: 1,
});
const plan = (id: string, municipality: string, children: PlanNode[]): Plan => ({
  id,
  council: `${municipality}社協`,
  municipality,
  prefecture: '',
  title: '',
  period: null,
  vision: '',
  source: 'test',
  root: { ...n('root', ['disaster'], children), level: '基本理念' },
});
const plans = [
  plan('ko', '甲市', [n('1', ['watch'], [n('1-1', ['disaster']), n('1-2', ['disaster'])])]),
  plan('otsu', '乙町', [n('1', ['watch'])]),
];
const cell = (theme: string, planId: string) =>
  document.querySelector<HTMLButtonElement>(`button[data-theme="${theme}"][data-plan-id="${planId}"]`)!;

describe('ThemeMatrix', () => {
  it('shows, for every theme and plan, the number of items tagged with it (the root not counted), なし for none', async () => {
    await render(ThemeMatrix, { plans, onselect: () => {} });
    expect(cell('disaster', 'ko').textContent).toBe('2');
    expect(cell('watch', 'ko').textContent).toBe('1');
    expect(cell('watch', 'otsu').textContent).toBe('1');
    expect(cell('disaster', 'otsu').textContent).toBe('なし');
    expect(cell('volunteer', 'ko').textContent).toBe('なし');
  });

  it('selects a theme from a cell, shows it pressed across the row, and clears it from the same row', async () => {
    const chosen: (string | null)[] = [];
    const screen = await render(ThemeMatrix, { plans, onselect: (t: string | null) => chosen.push(t) });
    await userEvent.click(cell('disaster', 'ko'));
    expect(chosen).toEqual(['disaster']);
    await screen.rerender({ plans, onselect: (t: string | null) => chosen.push(t), selected: 'disaster' });
    await expect.poll(() => page.getByRole('button', { pressed: true }).elements().length).toBe(2);
    await userEvent.click(cell('disaster', 'otsu'));
    expect(chosen).toEqual(['disaster', null]);
  });
});
