import type { View } from './parseRoute';
import type { ViewerNav } from './viewer.svelte';

/** State kept in the component itself, for a viewer with no URL of its own (the <welfare-plan> element). */
export function localNav(initialView: View): ViewerNav {
  let node = $state<string | null>(null);
  let view = $state<View>(initialView);
  return {
    focusId: () => node,
    view: () => view,
    query: () => '',
    highlight: () => null,
    go: (patch) => {
      if (patch.node !== undefined) node = patch.node;
      if (patch.view) view = patch.view;
    },
  };
}
