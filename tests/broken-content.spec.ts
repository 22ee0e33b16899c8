import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

// A figure that breaks an honesty rule must stop `npm run build`, naming figure, field and rule.
test('a broken figure fails the build with a message that names figure, field and rule', () => {
	test.setTimeout(180_000);
	const dir = copyProject('broken');
	try {
		const file = join(dir, 'src/lib/content/figures/us-defence-trust.ts');
		writeFileSync(file, readFileSync(file, 'utf8').replace('value: 15,', 'value: 16,'));
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
		expect(run.status).not.toBe(0);
		expect(run.stdout + run.stderr).toContain(
			'us-defence-trust: values[0].value: rule 2 (the number in the quote equals the value): the quote says only 15%, the value is 16'
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
