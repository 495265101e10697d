import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Makes sure Debian's Chromium is there (installing it when we are root), then serves dist/. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() === 0) {
      console.log('Chromium がないため Debian の chromium をインストールします…');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
    } else {
      throw new Error('ブラウザテストには Chromium が必要です: sudo apt-get install -y chromium fonts-noto-cjk を実行してください');
    }
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ がありません: 先に npm run build を実行してください (npm test は自動で実行します)');
  const { server, url } = await serve('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((r) => server.close(() => r()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
