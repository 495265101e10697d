import type { Router } from './router.svelte';
import type { ViewerNav } from './viewer.svelte';

const presenting = (router: Router, planId: string) =>
  router.route.name === 'present' && router.route.planId === planId ? router.route : null;

/**
 * Shows a slide. It replaces the history entry: Back leaves the talk instead of stepping
 * back through it slide by slide.
 */
export function showSlide(router: Router, planId: string, node: string | null): void {
  const r = presenting(router, planId);
  if (r) router.go({ ...r, node }, { replace: true });
}

/** A presentation's state lives in #/present/<id>?node=; each move is also announced to the other window. */
export function presentNav(router: Router, planId: string, announce: (node: string | null) => void): ViewerNav {
  return {
    focusId: () => presenting(router, planId)?.node ?? null,
    view: () => 'sunburst',
    query: () => '',
    highlight: () => null,
    go: (patch) => {
      if (patch.node === undefined) return;
      showSlide(router, planId, patch.node);
      announce(patch.node);
    },
  };
}
