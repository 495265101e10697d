import { failureText } from '../data/failureText';

/** What a page says when a plan cannot be shown. */
export interface Failure {
  title: string;
  detail: string;
}

/**
 * Offline, a plan that cannot load is one this browser does not keep: say so, and how to keep
 * it next time, rather than the loader's message about the network.
 */
export function loadFailure(planId: string, error: unknown, online: boolean, title: string): Failure {
  if (!online) {
    return {
      title: 'この計画はこの端末に保存されていません',
      detail: `「${planId}」はオフラインでは見られません。通信できる場所で一度開くか、計画のページの「持ち出す」で「オフラインでも使えるようにする」を押しておくと、次からは通信なしで見られます。`,
    };
  }
  return { title, detail: `「${planId}」: ${failureText(error)}` };
}
