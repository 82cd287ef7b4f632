/**
 * Makes sure the machine has what the tests need beyond npm packages: Debian's Chromium
 * (Playwright's own browser downloads do not work here), a CJK font, so Chinese text
 * renders in screenshots and PDFs, the tools the PDF tests read PDFs with (poppler's
 * pdftotext/pdfinfo/pdftoppm, zbar's zbarimg for QR codes), and Java 17+ for the Nu Html
 * Checker (the HTML validity gate). Installs them with apt-get when running as root;
 * otherwise prints the command to run.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findJava } from './check-html.ts';

interface Need {
  readonly what: string;
  readonly present: () => boolean;
  readonly packages: readonly string[];
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const NEEDS: Need[] = [
  { what: `Chromium (${chromium})`, present: () => existsSync(chromium), packages: ['chromium'] },
  {
    what: 'a CJK font (Noto CJK)',
    present: () => has('fc-list') && execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0,
    packages: ['fonts-noto-cjk'],
  },
  { what: 'PDF tools (pdftotext, pdfinfo, pdftoppm)', present: () => ['pdftotext', 'pdfinfo', 'pdftoppm'].every(has), packages: ['poppler-utils'] },
  { what: 'a QR code reader (zbarimg)', present: () => has('zbarimg'), packages: ['zbar-tools'] },
  { what: 'Java 17+ (for the Nu Html Checker)', present: () => findJava().ok, packages: ['default-jre-headless'] },
];

const missing = NEEDS.filter((n) => !n.present());
if (missing.length === 0) {
  console.log('✓ system: Chromium, CJK fonts, PDF and QR tools, and Java present');
  process.exit(0);
}
const packages = [...new Set(missing.flatMap((n) => n.packages))];
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(`Missing: ${missing.map((n) => n.what).join(', ')}.\nInstall with:\n  sudo ${command}\n(or set CHROMIUM_PATH to a Chromium/Chrome executable).`);
  process.exit(1);
}
console.log(`Installing ${packages.join(', ')} (missing: ${missing.map((n) => n.what).join(', ')}) …`);
const r = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (r.status !== 0) process.exit(r.status ?? 1);
const still = NEEDS.filter((n) => !n.present());
if (still.length) {
  console.error(`Still missing after install: ${still.map((n) => n.what).join(', ')}`);
  process.exit(1);
}
console.log('✓ system: installed');
