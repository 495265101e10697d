/**
 * Run by `npm test` before the test runner: the browser tests (component and e2e) use Debian's
 * Chromium. Where it is missing, install it as root; otherwise stop with the one command to run.
 * Never a silent skip.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return /Noto Sans CJK/i.test(execSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
};

if (!existsSync(CHROMIUM) || !hasFonts()) {
  if (process.getuid?.() === 0) {
    console.log('Chromium と日本語フォントがないため、Debian の chromium と fonts-noto-cjk をインストールします…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      'ブラウザテストには Chromium と日本語フォントが必要です: sudo apt-get install -y chromium fonts-noto-cjk を実行してください',
    );
    process.exit(1);
  }
}
