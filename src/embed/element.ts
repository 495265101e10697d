// Entry of the custom-element build (npm run build → dist/welfare-plan.js): registers <welfare-plan>.
import './WelfarePlan.svelte';
