import type { View } from './parseRoute';
import type { Router } from './router.svelte';
import type { ViewerNav } from './viewer.svelte';

/** The plan page's state lives in #/plan/<id>?view=&node=&q=&progress=. */
export function planNav(router: Router, planId: string, defaultView: () => View): ViewerNav {
  const route = () => {
    const r = router.route;
    return r.name === 'plan' && r.planId === planId ? r : null;
  };
  return {
    focusId: () => route()?.node ?? null,
    view: () => route()?.view ?? defaultView(),
    query: () => route()?.q ?? '',
    year: () => route()?.progress ?? null,
    highlight: () => null,
    go: (patch) => {
      const r = route();
      const year = patch.year === undefined ? r?.progress : patch.year;
      router.go({
        name: 'plan',
        planId,
        view: patch.view ?? r?.view ?? null,
        node: patch.node === undefined ? (r?.node ?? null) : patch.node,
        q: r?.q ?? '',
        ...(year ? { progress: year } : {}),
        ...(r?.embed ? { embed: true } : {}),
      });
    },
  };
}
