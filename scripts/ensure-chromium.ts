/**
 * Finds a Chromium for the e2e tests. When none is found and we run as root on Debian, installs
 * Debian's `chromium` with apt-get (Playwright cannot download its own browser here); otherwise
 * stops with a message saying how to get one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => !!p,
);

/** The path of a usable Chromium, installing Debian's when allowed; null with a printed reason otherwise. */
export function ensureChromium(): string | null {
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = fs.existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
  if (!isRoot || !isDebian) {
    console.error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
    return null;
  }
  console.log("No Chromium found: installing Debian's chromium with apt-get (about a minute)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('apt-get could not install chromium. Install it by hand, or set CHROMIUM_PATH.');
    return null;
  }
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}
