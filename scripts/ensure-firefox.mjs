// The extension's page tests also run in Debian's Firefox ESR (driven by puppeteer-core over WebDriver BiDi);
// install it when missing (CI starts bare). Other jobs may hold the dpkg lock: wait for it rather than fail.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

if (!existsSync(FIREFOX)) {
  console.log(`[ensure-firefox] ${FIREFOX} missing: installing Debian's firefox-esr`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = 'apt-get -o DPkg::Lock::Timeout=900';
  execSync(`${apt} update -qq`, { stdio: 'inherit', env });
  execSync(`${apt} install -y -qq --no-install-recommends firefox-esr fonts-dejavu-core`, { stdio: 'inherit', env });
}
if (!existsSync(FIREFOX)) {
  console.error(`[ensure-firefox] ${FIREFOX} still missing after install`);
  process.exit(1);
}
