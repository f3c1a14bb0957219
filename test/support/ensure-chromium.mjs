// Makes sure a Chromium for the browser tests exists: installs Debian's package when it can, or says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } catch {
    // Reported below.
  }
}

if (!existsSync(path)) {
  console.error([
    `The browser tests need Chromium at ${path} and it is not there.`,
    'Install it, e.g. on Debian/Ubuntu as root:  apt-get update && apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.',
  ].join('\n'));
  process.exit(1);
}
