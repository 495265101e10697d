/**
 * The one-file copy of a plan (see src/lib/offline/oneFile.ts): built by src/build/singleFile.ts
 * as one classic script inside one-file.html, because a browser runs neither module scripts nor
 * fetch() from a file:// page. The plan and its files ride in the page as data.
 */
import { mount } from 'svelte';
import SingleApp from './SingleApp.svelte';
import { carriedFetch } from './carriedFetch';
import { CARRIED_ID, type Carried } from '../lib/offline/oneFile';
import '../app.css';

const carried = JSON.parse(document.getElementById(CARRIED_ID)?.textContent || '{"planId":"","files":{}}') as Carried;
const base = new URL('./', location.href).href;
// The app's loaders fetch plans/… beside the page; here the file answers them (and nothing else).
globalThis.fetch = carriedFetch(carried.files, base);
mount(SingleApp, { target: document.getElementById('app')!, props: { planId: carried.planId } });
