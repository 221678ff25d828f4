/** `npm run serve`: serves the built out/ on 127.0.0.1 with the `serve` package and prints the URL. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.env.OUT_DIR ?? 'out');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}. Run npm run build first (npm start does both).`);
  process.exit(1);
}
const args = [
  path.resolve('node_modules/serve/build/main.js'),
  dir,
  '--listen',
  `tcp://${host}:${port}`,
  '--config',
  path.resolve('serve.json'),
  '--no-clipboard',
  '--no-port-switching',
];
const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`Faultline is served at http://${host}:${port}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
