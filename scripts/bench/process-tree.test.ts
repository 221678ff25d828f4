import { describe, expect, it } from 'vitest';
import { runTracked } from './process-tree';

describe('runTracked', () => {
  it('returns the exit code and output, and a peak at least the size of a child that holds 200 MB', async () => {
    const hold = `const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b[0]), 1500);`;
    const child = `require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(hold)}], { stdio: 'inherit' });`;
    const run = await runTracked(process.execPath, ['-e', child], process.env);
    expect(run.status).toBe(0);
    expect(run.output.trim()).toBe('1');
    expect(run.peakBytes).toBeGreaterThan(200e6);
  });
});
