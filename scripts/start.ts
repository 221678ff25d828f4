/**
 * `npm start`: builds the site for this machine and serves it. Unless SITE_URL is set, the build
 * uses the local address it is served on, so canonical URLs, the sitemap and feeds all work here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const env = { ...process.env, PORT: port, HOST: host, SITE_URL: process.env.SITE_URL ?? `http://${host}:${port}` };
const tsx = path.resolve('node_modules/.bin/tsx');
const built = spawnSync(tsx, ['scripts/build.ts'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(tsx, ['scripts/serve.ts'], { stdio: 'inherit', env });
process.exit(served.status ?? 0);
