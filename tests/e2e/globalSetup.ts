import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves dist/ for the e2e tests (npm test installs Chromium first: tests/ensureChromium.ts). */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM))
    throw new Error(
      'ブラウザテストには Chromium が必要です: sudo apt-get install -y chromium fonts-noto-cjk を実行してください',
    );
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ がありません: 先に npm run build を実行してください (npm test は自動で実行します)');
  const { server, url } = await serve('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((r) => server.close(() => r()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
