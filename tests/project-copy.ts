import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_INPUTS } from '../scripts/build-inputs.mjs';

/** A copy of the project's sources in a temporary folder, sharing node_modules, to build apart. */
export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `citecharts-${prefix}-`));
	for (const entry of [...BUILD_INPUTS, 'tests/fixtures']) cpSync(entry, join(dir, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	return dir;
}
