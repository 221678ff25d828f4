/** Per-file setup: point getContent() at the snapshot the global setup wrote. */
import { inject } from 'vitest';
import { SNAPSHOT_ENV } from '../../lib/content/snapshot';

process.env[SNAPSHOT_ENV] = inject('contentSnapshot');
