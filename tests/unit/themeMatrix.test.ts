// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ThemeMatrix from '../../src/lib/components/ThemeMatrix.svelte';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { THEMES } from '../../src/lib/plan/themes';

const plans = ['kisarazu', 'tsurugashima'].map((id) => JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan);
afterEach(cleanup);

describe('ThemeMatrix', () => {
  it('shows, for every theme and plan, the number of items tagged with it', () => {
    render(ThemeMatrix, { props: { plans, onselect: () => {} } });
    for (const p of plans) {
      for (const t of THEMES) {
        let n = 0;
        walk(p.root, (node) => node !== p.root && node.themes?.includes(t.id) && n++);
        const cell = document.querySelector(`button[data-theme="${t.id}"][data-plan-id="${p.id}"]`)!;
        expect(cell.textContent).toBe(n ? String(n) : 'なし');
      }
    }
  });

  it('selects a theme from a cell, and clears it from the same cell', async () => {
    const onselect = vi.fn();
    const { rerender } = render(ThemeMatrix, { props: { plans, onselect } });
    await fireEvent.click(document.querySelector('button[data-theme="disaster"][data-plan-id="kisarazu"]')!);
    expect(onselect).toHaveBeenLastCalledWith('disaster');
    await rerender({ plans, onselect, selected: 'disaster' });
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(2);
    await fireEvent.click(document.querySelector('button[data-theme="disaster"][data-plan-id="tsurugashima"]')!);
    expect(onselect).toHaveBeenLastCalledWith(null);
  });
});
