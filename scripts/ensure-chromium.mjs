// Browser tests drive Debian's Chromium through playwright-core; install it when missing (CI starts bare).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.log(`[ensure-chromium] ${CHROMIUM} missing: installing Debian's chromium`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync('apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit', env });
}
if (!existsSync(CHROMIUM)) {
  console.error(`[ensure-chromium] ${CHROMIUM} still missing after install`);
  process.exit(1);
}
