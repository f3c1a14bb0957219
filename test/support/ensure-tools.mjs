// Makes sure the browser tests' tools exist: Chromium, and LibreOffice Calc (to open exported CSV as a spreadsheet would).
// Installs Debian's packages when it can (root with apt), otherwise says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { name: 'LibreOffice Calc', path: process.env.SOFFICE_PATH ?? '/usr/bin/soffice', pkg: 'libreoffice-calc-nogui', env: 'SOFFICE_PATH' },
];

const missing = tools.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`Installing ${missing.map((tool) => tool.pkg).join(', ')} for the browser tests…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((tool) => tool.pkg)], { stdio: 'inherit', env });
  } catch {
    // Reported below.
  }
}

const still = tools.filter((tool) => !existsSync(tool.path));
if (still.length > 0) {
  console.error([
    'The browser tests need these and they are not installed:',
    ...still.map((tool) => `  - ${tool.name} at ${tool.path} (Debian/Ubuntu package "${tool.pkg}", or set ${tool.env} to an existing binary)`),
    `Install them, e.g. as root:  apt-get update && apt-get install -y ${still.map((tool) => tool.pkg).join(' ')}`,
    'then run npm test again.',
  ].join('\n'));
  process.exit(1);
}
