import { local, type WebStorageArea } from './storage';

/** Where plans imported in this browser are kept (localStorage). */
export const LOCAL_PLANS_KEY = 'welfare-plan-explorer:imports';

/**
 * The ids of plans imported in this browser, without validating the plans: cheap enough for
 * the boot script, which must not preload a published plan that a local one replaces.
 */
export function localPlanIds(area: Pick<WebStorageArea, 'get'> = local): Set<string> {
  try {
    const raw = JSON.parse(area.get(LOCAL_PLANS_KEY) ?? '[]') as unknown;
    return new Set(
      Array.isArray(raw)
        ? raw.map((p: { id?: unknown } | null) => p?.id).filter((id): id is string => typeof id === 'string')
        : [],
    );
  } catch {
    return new Set();
  }
}
