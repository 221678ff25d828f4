import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Serves a built site directory with the `serve` package and the project's serve.json (the same
 * headers and rewrites as `npm run serve`) on 127.0.0.1:port, for scripts that measure the built site.
 * Returns the child process; the caller kills it.
 */
export function startStaticServer(dir: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      path.resolve('node_modules/serve/build/main.js'),
      path.resolve(dir),
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--config',
      path.resolve('serve.json'),
      '--no-clipboard',
      '--no-port-switching',
    ],
    { stdio: 'ignore' },
  );
}
