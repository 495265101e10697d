import { validatePlan, type Plan } from '../plan/schema';
import { LOCAL_PLANS_KEY as KEY } from './localPlanIds';

/** Plans a council imported in this browser, kept in localStorage so a reload loses nothing. */
export function listLocal(storage: Storage | null = globalThis.localStorage ?? null): Plan[] {
  if (!storage) return [];
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.flatMap((p) => {
      const v = validatePlan(p);
      return v.ok ? [v.value] : [];
    }) : [];
  } catch {
    return [];
  }
}

export function saveLocal(plan: Plan, storage: Storage = localStorage): void {
  const all = listLocal(storage).filter((p) => p.id !== plan.id);
  storage.setItem(KEY, JSON.stringify([...all, plan]));
}

export function removeLocal(id: string, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(listLocal(storage).filter((p) => p.id !== id)));
}
