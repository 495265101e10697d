import { mount } from 'svelte';
import App from './App.svelte';
import { pagePlanId, pageRoute } from './lib/state/pageRoute';
import { takeOver } from './planPage';
import { preload } from './pages/routes';
import { offlineState } from './lib/offline/offline.svelte';
import { yieldToMain } from './lib/startUp/yieldToMain';
import './app.css';
import './planPage.css';

// A shared link's page code and plan start loading now, beside the app, not after it.
const planPage = pagePlanId();
preload(pageRoute(location.hash, planPage));
// The app is drawn in a task after the one that ran its code (together, one long task on a phone).
// Not a top-level await: the bundler would then split the app's code into many small files.
void yieldToMain().then(() => {
  mount(App, { target: document.getElementById('app')! });
  // A plan's own page: its text shows until the app has drawn the same plan, then gives way.
  if (planPage) takeOver(document, planPage);
  // The built site keeps itself for offline use; not in a frame (an embed on a council's page is the host's).
  if (import.meta.env.PROD && window.top === window) void offlineState().start();
});
