import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import PlanViewInApp from '../../../tests/unit/harness/PlanViewInApp.svelte';
import { Router } from '../state/router.svelte';
import type { Plan } from '../plan/schema';
import kasamaJson from '../../../static/plans/kasama.json';

// A plan page in a real Chromium, at a real size: what jsdom (width 0) cannot show.
const kasama = kasamaJson as unknown as Plan;
let router: Router | null = null;

function open(hash: string) {
  history.replaceState(null, '', hash);
  router = new Router(window);
  return render(PlanViewInApp, { plan: kasama, router });
}
const param = (key: string) => new URLSearchParams(location.hash.split('?')[1] ?? '').get(key);
/** The diagram (its code loads apart from the page) is drawn and has settled. */
const settledDiagram = async () => {
  await expect.poll(() => document.querySelector('[data-settled]')).not.toBeNull();
  await expect.poll(() => document.querySelector('[data-settled="false"]')).toBeNull();
};

afterEach(() => {
  router?.destroy();
  history.replaceState(null, '', '#/');
});

describe('focus', () => {
  it('clicking an outline item focuses it: URL, aria-current and the detail panel follow', async () => {
    open('#/plan/kasama?view=outline');
    await userEvent.click(page.getByRole('tree').getByText('ふれあう人づくり'));
    await expect.poll(() => param('node')).toBe('2');
    expect(document.querySelector('[role="treeitem"][data-node-id="2"]')?.getAttribute('aria-current')).toBe('true');
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('ふれあう人づくり');
    await expect.element(page.getByRole('complementary')).toHaveTextContent('子どもから高齢者まで住民一人ひとりが');
  });

  it('says so when the linked node does not exist, and shows the whole plan', async () => {
    open('#/plan/kasama?view=outline&node=9-9');
    await expect.element(page.getByRole('alert')).toHaveTextContent('項目「9-9」はこの計画にありません');
    await expect
      .poll(() => document.querySelector('[role="treeitem"][data-node-id="root"]')?.getAttribute('aria-current'))
      .toBe('true');
  });

  it('the breadcrumb shows the path to the focus and zooms out from any step', async () => {
    open('#/plan/kasama?view=outline&node=1-2');
    const nav = page.getByRole('navigation', { name: /パンくず/ });
    await expect
      .poll(() =>
        nav
          .getByRole('listitem')
          .elements()
          .map((li) => li.textContent?.trim()),
      )
      .toEqual(['全体', '支えあう輪づくり', '社会参加と地域で支えあう体制づくり']);
    await userEvent.click(nav.getByRole('button', { name: '支えあう輪づくり' }));
    await expect.poll(() => param('node')).toBe('1');
    await userEvent.click(nav.getByRole('button', { name: '全体' }));
    await expect.poll(() => param('node')).toBeNull();
  });

  it('switching views keeps the focus', async () => {
    open('#/plan/kasama?view=outline&node=3');
    await userEvent.click(page.getByRole('button', { name: 'ツリー' }));
    await expect.poll(() => param('view')).toBe('tree');
    expect(param('node')).toBe('3');
    await expect
      .poll(() => document.querySelector('g.node[data-node-id="3"]')?.getAttribute('aria-current'))
      .toBe('true');
    expect(document.querySelector('[role="tree"]')).toBeNull();
  });
});

describe('sunburst at a real size', () => {
  it('draws a label for each goal inside its sector, at 14 px or more', async () => {
    open('#/plan/kasama');
    await settledDiagram();
    await expect
      .poll(() => document.querySelectorAll('text[data-label-for]').length)
      .toBeGreaterThanOrEqual(kasama.root.children.length);
    for (const goal of kasama.root.children) {
      const label = document.querySelector<SVGTextElement>(`text[data-label-for="${goal.id}"]`)!;
      const arc = document.querySelector<SVGPathElement>(`path.arc[data-node-id="${goal.id}"]`)!;
      expect(Number(label.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
      // The label's centre lies on its own sector.
      const b = label.getBoundingClientRect();
      expect(document.elementsFromPoint(b.x + b.width / 2, b.y + b.height / 2)).toContain(arc);
    }
  });

  it('zooms into a clicked sector and back out from the centre', async () => {
    open('#/plan/kasama');
    await settledDiagram();
    await userEvent.click(page.getByRole('button', { name: /ふれあう人づくり/ }).first());
    await expect.poll(() => param('node')).toBe('2');
    await settledDiagram();
    expect(document.querySelector('g.centre')?.getAttribute('data-node-id')).toBe('2');
    await userEvent.click(page.getByRole('button', { name: /▲ 戻る/ }));
    await expect.poll(() => param('node')).toBeNull();
  });
});

describe('tree at a real size', () => {
  it('places the open tree legibly and still zooms after a node is chosen', async () => {
    open('#/plan/kasama?view=tree');
    await settledDiagram();
    const content = () => document.querySelector('svg[role="application"] > g')!.getAttribute('style');
    const label = document.querySelector<SVGGElement>('g.node[data-node-id="2"] .label')!;
    await userEvent.click(label);
    await expect.poll(() => param('node')).toBe('2');
    await settledDiagram();
    const before = content();
    await userEvent.click(page.getByRole('button', { name: '拡大' }));
    await expect.poll(content).not.toBe(before);
  });
});

describe('outline keys (WAI-ARIA tree)', () => {
  it('lists every node of the plan, open from the start', async () => {
    open('#/plan/kasama?view=outline');
    await expect.poll(() => document.querySelectorAll('[role="treeitem"]').length).toBe(20);
  });

  it('moves with arrows, collapses and expands (focus stays on the item), and focuses with Enter', async () => {
    open('#/plan/kasama?view=outline');
    const item = (id: string) => document.querySelector<HTMLElement>(`[role="tree"] [data-node-id="${id}"]`);
    await expect.poll(() => item('root')?.getAttribute('tabindex')).toBe('0');
    item('root')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => document.activeElement).toBe(item('1'));
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => item('1')?.getAttribute('aria-expanded')).toBe('false');
    expect(item('1-1')).toBeNull();
    expect(document.activeElement).toBe(item('1'));
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => item('1')?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => document.activeElement).toBe(item('1-1'));
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => param('node')).toBe('1-1');
    expect(item('1-1')?.getAttribute('aria-current')).toBe('true');
    await userEvent.keyboard('{End}');
    await expect.poll(() => document.activeElement).toBe(item('x5-3'));
  });
});
