/**
 * Plans a person has set aside to compare while browsing search results: two to
 * four, kept for this visit (sessionStorage), so a reload or a look at a plan loses nothing.
 */
import { MAX_PICKS } from './compareLimit';
import { session } from '../data/storage';

const KEY = 'welfare-plan-explorer:compare-picks';
export { MAX_PICKS };

export interface Pick {
  id: string;
  council: string;
}

function stored(): Pick[] {
  try {
    const v = JSON.parse(session.get(KEY) ?? '[]');
    return Array.isArray(v)
      ? v.filter((p): p is Pick => typeof p?.id === 'string' && typeof p?.council === 'string').slice(0, MAX_PICKS)
      : [];
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
    // Unlabelled: where it cannot be kept, the picks still hold on this page.
    session.set(KEY, JSON.stringify(this.list));
  }
}

export const comparePicks = new ComparePicks();
