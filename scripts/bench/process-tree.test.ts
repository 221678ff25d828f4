import { describe, expect, it } from 'vitest';
import { parseCpu, runTracked } from './process-tree';

describe('runTracked', () => {
  it('returns the exit code and output, and a peak at least the size of a child that holds 200 MB', async () => {
    const hold = `const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b[0]), 1500);`;
    const child = `require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(hold)}], { stdio: 'inherit' });`;
    const run = await runTracked(process.execPath, ['-e', child], process.env);
    expect(run.status).toBe(0);
    expect(run.output.trim()).toBe('1');
    expect(run.peakBytes).toBeGreaterThan(200e6);
  });

  it('counts the CPU time of a child that spins for 600 ms', async () => {
    // Spins until it has used 600 ms of CPU (not of wall time, which a loaded machine stretches).
    const spin = `while (process.cpuUsage().user < 600e3);`;
    const child = `require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(spin)}], { stdio: 'inherit' });`;
    const run = await runTracked(process.execPath, ['-e', child], process.env);
    expect(run.cpuMs).toBeGreaterThanOrEqual(550);
  });
});

describe('parseCpu', () => {
  it('adds user and system seconds from GNU time, ignoring a status line before them', () => {
    expect(parseCpu('12.34 1.02\n')).toBe(13_360);
    expect(parseCpu('Command exited with non-zero status 1\n0.50 0.25\n')).toBe(750);
    expect(parseCpu('')).toBeUndefined();
  });
});
