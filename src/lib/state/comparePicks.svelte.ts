/**
 * Plans a person has set aside to compare while browsing search results: two to
 * four, kept for this visit (sessionStorage), so a reload or a look at a plan loses nothing.
 */
import { MAX_PICKS } from './compareLimit';

const KEY = 'welfare-plan-explorer:compare-picks';
export { MAX_PICKS };

export interface Pick {
  id: string;
  council: string;
}

function stored(): Pick[] {
  try {
    const v = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((p): p is Pick => typeof p?.id === 'string' && typeof p?.council === 'string').slice(0, MAX_PICKS) : [];
  } catch {
    return [];
  }
}

class ComparePicks {
  list = $state<Pick[]>(stored());

  has = (id: string) => this.list.some((p) => p.id === id);
  get full(): boolean {
    return this.list.length >= MAX_PICKS;
  }

  toggle(pick: Pick): void {
    if (this.has(pick.id)) this.list = this.list.filter((p) => p.id !== pick.id);
    else if (!this.full) this.list = [...this.list, pick];
    this.save();
  }

  clear(): void {
    this.list = [];
    this.save();
  }

  private save(): void {
    try {
      globalThis.sessionStorage?.setItem(KEY, JSON.stringify(this.list));
    } catch {
      // Private mode: the picks still hold on this page.
    }
  }
}

export const comparePicks = new ComparePicks();
