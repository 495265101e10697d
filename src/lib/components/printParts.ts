/** What a plan page prints, loaded as one piece (see printModule). */
export { default as PrintHandout } from './present/PrintHandout.svelte';
export { default as PrintProgress } from './progress/PrintProgress.svelte';
