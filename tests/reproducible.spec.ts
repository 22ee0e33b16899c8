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
		// build/ is the test build (npm run build:test): the fixture content beside the real content.
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CITECHARTS_FIXTURES: '1' } });
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

test('a release build carries none of the fixture content', () => {
	test.setTimeout(180_000);
	const dir = copyProject('release');
	try {
		const env = { ...process.env };
		delete env.CITECHARTS_FIXTURES;
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env });
		expect(run.status, run.stderr).toBe(0);
		const fixtureIds = ['articles', 'figures'].flatMap((kind) => readdirSync(`tests/fixtures/content/${kind}`).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')));
		expect(fixtureIds.length).toBeGreaterThan(2);
		const release = filesOf(join(dir, 'build'));
		const leaks = [...release].filter(([name, bytes]) => fixtureIds.some((id) => name.includes(id) || (/\.(html|json|csv|js|txt)$/.test(name) && bytes.includes(id))));
		expect(leaks.map(([name]) => name)).toEqual([]);
		expect(release.has('figures.json')).toBe(true);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
