/**
 * Vitest global setup: validates and renders content/ once, writes the build's content snapshot,
 * and hands its path to every test file, whose getContent() then reads the snapshot instead of
 * parsing every incident again (the corpus used to be loaded once per test file).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ContentError, loadContent } from '../../lib/content';
import { writeSnapshot } from '../../lib/content/snapshot';

declare module 'vitest' {
  export interface ProvidedContext {
    contentSnapshot: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-vitest-'));
  const file = path.join(dir, 'content.json');
  const { content, problems, filesChecked } = loadContent();
  if (!content) throw new ContentError(problems, filesChecked);
  writeSnapshot(file, content);
  project.provide('contentSnapshot', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
