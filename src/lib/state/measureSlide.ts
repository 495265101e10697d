import type { SlideMeasure } from '../layout/paginate';

const height = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);

/**
 * Reads what `paginate` needs from a slide's hidden measuring copy, which sets every part of
 * the slide on its own at the smallest type (`data-measure` = head | continued | atom | group,
 * `data-at` its index). Parts are stacked with padding, never margins, so heights add up.
 */
export function measureSlide(box: HTMLElement, text: HTMLElement): SlideMeasure {
  const ruler = box.querySelector('[data-ruler]');
  const atoms = [...(ruler?.querySelectorAll('[data-measure="atom"]') ?? [])].map(height);
  const groups = new Map<number, { from: number; to: number; height: number }>();
  for (const g of ruler?.querySelectorAll<HTMLElement>('[data-measure="group"]') ?? []) {
    groups.set(Number(g.dataset.at), { from: Number(g.dataset.from), to: Number(g.dataset.to), height: height(g) });
  }
  const keepWithNext = new Set(
    [...(ruler?.querySelectorAll('[data-measure="atom"]') ?? [])].flatMap((a, i) =>
      a.hasAttribute('data-keep') ? [i] : [],
    ),
  );
  return {
    room: text.clientHeight,
    head: height(ruler?.querySelector('[data-measure="head"]') ?? null),
    continuedHead: height(ruler?.querySelector('[data-measure="continued"]') ?? null),
    atoms,
    groups,
    keepWithNext,
  };
}
