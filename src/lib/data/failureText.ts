import { StoreError } from '../search/shards/store';
import { LoadError } from './loadPlans';

/** For anything else (a browser's own message is English and says nothing to council staff). */
export const UNEXPECTED =
  'データを読み込めませんでした。ページを読み込み直してください。続くときは、このサイトの管理者にお知らせください。';
const NETWORK = 'データを読み込めませんでした。通信状態を確かめて、もう一度お試しください。';

/**
 * What a page says about a failure: our own messages are written for council staff; the
 * browser's (「Access is denied for this document.」「Failed to fetch」) are not shown.
 */
export function failureText(e: unknown): string {
  if (e instanceof LoadError || e instanceof StoreError) return e.message;
  if (e instanceof TypeError && /fetch|network/i.test(e.message)) return NETWORK;
  return UNEXPECTED;
}
