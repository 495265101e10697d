/** What a plan page prints, loaded as one piece (see printModule). */
export { default as PrintHandout } from './PrintHandout.svelte';
export { default as PrintProgress } from './PrintProgress.svelte';
