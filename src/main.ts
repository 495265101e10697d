import { mount } from 'svelte';
import App from './App.svelte';
import { parseRoute } from './lib/state/parseRoute';
import { preload } from './pages/routes';
import './app.css';

// A shared link's page code and plan start loading now, beside the app, not after it.
preload(parseRoute(location.hash));
mount(App, { target: document.getElementById('app')! });
