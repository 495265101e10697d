import { validatePlan, type Plan } from '../plan/schema';
import { LOCAL_PLANS_KEY as KEY } from './localPlanIds';
import { KEPT, local, type StorageProblem, type WebStorageArea } from './storage';

/** Plans a council imported in this browser, kept in localStorage so a reload loses nothing. */
export function listLocal(area: Pick<WebStorageArea, 'get'> = local): Plan[] {
  try {
    const raw = JSON.parse(area.get(KEY) ?? '[]') as unknown;
    return Array.isArray(raw)
      ? raw.flatMap((p) => {
          const v = validatePlan(p);
          return v.ok ? [v.value] : [];
        })
      : [];
  } catch {
    return [];
  }
}

/** Keeps a plan (replacing one with its id); says why when it is kept for this visit only. */
export function saveLocal(plan: Plan, area: WebStorageArea = local): StorageProblem | null {
  const all = listLocal(area).filter((p) => p.id !== plan.id);
  return area.set(KEY, JSON.stringify([...all, plan]), KEPT.plans);
}

export function removeLocal(id: string, area: WebStorageArea = local): StorageProblem | null {
  return area.set(KEY, JSON.stringify(listLocal(area).filter((p) => p.id !== id)), KEPT.plans);
}
