import type { PageName } from '../pages/routeNeeds';

/** What the build tells the boot script (in its data-routes attribute). */
export interface BootTable {
  /** Each page's own chunks and styles, relative to index.html, not counting the app's. */
  pages: Partial<Record<PageName, string[]>>;
  /** The ids of the plans published with the site (plans/<id>.json). */
  plans: string[];
}
