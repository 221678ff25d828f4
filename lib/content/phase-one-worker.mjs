/**
 * A worker thread of the phase-1 pool (lib/content/phase-one-pool.ts): reads a batch of incident
 * files and answers with plain data. The rule context arrives once, as the pool's workerData.
 *
 * JavaScript, not TypeScript, on purpose: on Node 20 a worker's entry module is not run through
 * loader hooks (not even with `--import tsx` in its execArgv), so this file loads the TypeScript
 * sources itself with tsx's tsImport, which works whether the parent runs under tsx or vitest.
 */
import Tinypool from 'tinypool';
import { tsImport } from 'tsx/esm/api';

/** @type {typeof import('./phase-one')} */
const { phaseOneRules, readIncidentPlain } = await tsImport('./phase-one.ts', import.meta.url);
const rules = phaseOneRules(Tinypool.workerData);

/**
 * One batch: each file's path (relative to the project) and text in; one outcome per file, in order, out.
 * @param {readonly { file: string; text: string }[]} files
 */
export default function readBatch(files) {
  return files.map(({ file, text }) => readIncidentPlain(file, text, rules));
}
