// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import PlanView from './harness/PlanViewInApp.svelte';
import { Router } from '../../src/lib/state/router.svelte';
import type { Plan } from '../../src/lib/plan/schema';

const kasama = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;
let router: Router;

async function open(hash: string) {
  window.location.hash = hash;
  router = new Router(window);
  render(PlanView, { props: { plan: kasama, router } });
  await tick();
}
const hashParams = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');
const settle = async () => {
  await new Promise((r) => setTimeout(r, 0));
  await tick();
};

beforeEach(() => (window.location.hash = ''));
afterEach(() => {
  cleanup();
  router?.destroy();
});

describe('focus', () => {
  it('clicking an outline item focuses it: URL, aria-current and the detail panel follow', async () => {
    await open('#/plan/kasama?view=outline');
    await fireEvent.click(within(screen.getByRole('tree')).getByText('ふれあう人づくり'));
    await settle();
    expect(hashParams().get('node')).toBe('2');
    const item = document.querySelector('[role="treeitem"][data-node-id="2"]')!;
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ふれあう人づくり');
    expect(screen.getByRole('complementary')).toHaveTextContent('子どもから高齢者まで住民一人ひとりが');
    expect(within(screen.getByRole('complementary')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says so when the linked node does not exist, and shows the whole plan', async () => {
    await open('#/plan/kasama?view=outline&node=9-9');
    expect(screen.getByRole('alert')).toHaveTextContent('項目「9-9」はこの計画にありません');
    expect(document.querySelector('[data-node-id="root"]')).toHaveAttribute('aria-current', 'true');
  });
});

describe('breadcrumb', () => {
  it('shows the path to the focus and zooms out from any step', async () => {
    await open('#/plan/kasama?view=outline&node=1-2');
    const nav = screen.getByRole('navigation', { name: /パンくず/ });
    expect(within(nav).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['全体', '支えあう輪づくり', '社会参加と地域で支えあう体制づくり']);
    await fireEvent.click(within(nav).getByRole('button', { name: '支えあう輪づくり' }));
    await settle();
    expect(hashParams().get('node')).toBe('1');
    await fireEvent.click(within(nav).getByRole('button', { name: '全体' }));
    await settle();
    expect(hashParams().get('node')).toBeNull();
  });
});

describe('view switch', () => {
  it('changes the diagram and keeps the focus', async () => {
    await open('#/plan/kasama?view=outline&node=3');
    await fireEvent.click(screen.getByRole('button', { name: 'ツリー' }));
    await settle();
    expect(hashParams().get('view')).toBe('tree');
    expect(hashParams().get('node')).toBe('3');
    expect(screen.getByRole('button', { name: 'ツリー' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('g.node[data-node-id="3"]')).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByRole('tree')).toBeNull();
  });
});

describe('outline keys (WAI-ARIA tree)', () => {
  it('moves with arrows, collapses and expands, and focuses with Enter', async () => {
    await open('#/plan/kasama?view=outline');
    const tree = screen.getByRole('tree');
    const item = (id: string) => tree.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;
    expect(item('root')).toHaveAttribute('tabindex', '0');
    item('root').focus();
    await fireEvent.keyDown(item('root'), { key: 'ArrowDown' });
    await settle();
    expect(document.activeElement).toBe(item('1'));
    await fireEvent.keyDown(item('1'), { key: 'ArrowLeft' });
    await settle();
    expect(item('1')).toHaveAttribute('aria-expanded', 'false');
    expect(item('1-1')).toBeNull();
    await fireEvent.keyDown(item('1'), { key: 'ArrowDown' });
    await settle();
    expect(document.activeElement).toBe(item('2'));
    await fireEvent.keyDown(item('2'), { key: 'ArrowUp' });
    await settle();
    await fireEvent.keyDown(item('1'), { key: 'ArrowRight' });
    await settle();
    expect(item('1')).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.keyDown(item('1'), { key: 'ArrowRight' });
    await settle();
    expect(document.activeElement).toBe(item('1-1'));
    await fireEvent.keyDown(item('1-1'), { key: 'Enter' });
    await settle();
    expect(hashParams().get('node')).toBe('1-1');
    expect(item('1-1')).toHaveAttribute('aria-current', 'true');
    await fireEvent.keyDown(item('1-1'), { key: 'End' });
    await settle();
    expect(document.activeElement).toBe(item('x5-3'));
  });

  it('lists every node of the plan, open from the start', async () => {
    await open('#/plan/kasama?view=outline');
    expect(screen.getAllByRole('treeitem')).toHaveLength(20);
  });
});
