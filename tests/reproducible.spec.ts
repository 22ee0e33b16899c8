import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyProject } from './project-copy';

function filesOf(root: string): Map<string, Buffer> {
	return new Map(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))])
	);
}

test('a second build of the same sources, elsewhere, writes byte-identical files', () => {
	test.setTimeout(180_000);
	const dir = copyProject('rebuild');
	try {
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const first = filesOf('build');
		const second = filesOf(join(dir, 'build'));
		expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
		const differing = [...first].filter(([name, bytes]) => !second.get(name)?.equals(bytes)).map(([name]) => name);
		expect(differing).toEqual([]);
		expect([...first.keys()].filter((f) => /\.(png|svg|csv|json)$/.test(f)).length).toBeGreaterThan(15);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
