import type { Router } from './router.svelte';
import type { ViewerNav } from './viewer.svelte';

/**
 * A compare panel's state lives in #/compare?…&focus=<plan>:<node>,… . `counterparts` maps a
 * focus in one plan to the matching nodes of the others, used when sync is on.
 */
export function compareNav(
  router: Router,
  planId: string,
  themed: (theme: string) => ReadonlySet<string>,
  counterparts: (node: string | null) => Record<string, string | null>,
): ViewerNav {
  const route = () => (router.route.name === 'compare' ? router.route : null);
  return {
    focusId: () => route()?.focus[planId] ?? null,
    view: () => route()?.view ?? 'sunburst',
    query: () => '',
    highlight: () => {
      const theme = route()?.theme;
      return theme ? themed(theme) : null;
    },
    go: (patch) => {
      const r = route();
      if (!r) return;
      if (patch.view && patch.view !== 'outline') return router.go({ ...r, view: patch.view });
      if (patch.node === undefined) return;
      const focus = { ...r.focus };
      const set = (plan: string, node: string | null) => (node ? (focus[plan] = node) : delete focus[plan]);
      set(planId, patch.node);
      if (r.sync)
        for (const [plan, node] of Object.entries(counterparts(patch.node))) if (plan !== planId) set(plan, node);
      router.go({ ...r, focus });
    },
  };
}
