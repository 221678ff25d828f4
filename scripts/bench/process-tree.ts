/**
 * Runs a command and samples, twice a second, the resident memory of it and every process it
 * started (Next's build workers included), so the bench can print a build's peak memory. Linux
 * only: the figures come from /proc; elsewhere the peak is reported as undefined. The CPU time of
 * the whole tree comes from GNU time (/usr/bin/time), which reports what the kernel counted for
 * the command and every descendant it waited for; without it the CPU time is undefined.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Exit code, wall time in ms, combined output, the peak summed RSS of the process tree in bytes,
 * and the CPU time (user + system) of the whole tree in ms.
 */
export type TreeRun = {
  status: number | null;
  ms: number;
  output: string;
  peakBytes: number | undefined;
  cpuMs: number | undefined;
};

const GNU_TIME = '/usr/bin/time';

/** User + system ms from GNU time's `-f '%U %S'` output ("12.34 1.02"), or undefined. */
export function parseCpu(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/m.exec(text);
  return m ? Math.round((Number(m[1]) + Number(m[2])) * 1000) : undefined;
}

const PAGE = 4096;

/** Parent pid of every live process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

/** Summed resident bytes of root and all its descendants (resident pages from /proc/<pid>/statm). */
function treeRss(root: number): number {
  const parentOf = parents();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      bytes += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Gone already.
    }
  }
  return bytes;
}

/** Spawns command with args and env, collects its output, and tracks the tree's peak memory. */
export function runTracked(command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<TreeRun> {
  const canSample = fs.existsSync('/proc/self/statm');
  const timeFile = fs.existsSync(GNU_TIME)
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cpu-')), 'cpu.txt')
    : undefined;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = canSample ? setInterval(sample, 500) : undefined;
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      let cpuMs: number | undefined;
      if (timeFile) {
        cpuMs = parseCpu(fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '');
        fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
      }
      resolve({
        status,
        ms: performance.now() - start,
        output: chunks.join(''),
        peakBytes: canSample ? peak : undefined,
        cpuMs,
      });
    });
  });
}
