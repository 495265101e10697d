/** The 「くらべる」 controls of a list of plans: a toggle per plan and the tray at the foot. */
export { default as CompareToggle } from './CompareToggle.svelte';
export { default as CompareTray } from './CompareTray.svelte';
