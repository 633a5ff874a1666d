// The .docx round-trip tests open what TD Lens writes in a real word processor: Debian's LibreOffice Writer,
// headless (`soffice --headless --convert-to txt`). Install it when missing (CI starts bare). Other workers
// may hold the dpkg lock: wait for it rather than fail.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';

if (!existsSync(SOFFICE)) {
  console.log(`[ensure-libreoffice] ${SOFFICE} missing: installing Debian's libreoffice-writer-nogui`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = 'apt-get -o DPkg::Lock::Timeout=900';
  execSync(`${apt} update -qq`, { stdio: 'inherit', env });
  execSync(`${apt} install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-dejavu-core`, {
    stdio: 'inherit',
    env,
  });
}
if (!existsSync(SOFFICE)) {
  console.error(`[ensure-libreoffice] ${SOFFICE} still missing after install`);
  process.exit(1);
}
