import { mount } from 'svelte';
import App from './App.svelte';
import { parseRoute } from './lib/state/parseRoute';
import { preload } from './pages/routes';
import { offlineState } from './lib/offline/offline.svelte';
import './app.css';

// A shared link's page code and plan start loading now, beside the app, not after it.
preload(parseRoute(location.hash));
mount(App, { target: document.getElementById('app')! });
// The built site keeps itself for offline use; not in a frame (an embed on a council's page is the host's).
if (import.meta.env.PROD && window.top === window) void offlineState().start();
