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

// A poll record is content too: every problem, one line each, and the build stops.
test('a broken poll record fails the build with one message per problem', () => {
	test.setTimeout(180_000);
	const dir = copyProject('broken-poll');
	try {
		const file = join(dir, 'src/lib/content/polls/asahi-2025-japan-us.ts');
		const broken = readFileSync(file, 'utf8')
			.replace("value: 24, sources: all", "value: 34, sources: all")
			.replace("population: { value: 'Voters throughout Japan', sources: ['asahi-en', 'xinhua'] }", "population: { value: 'Voters throughout Japan', sources: ['nhk'] }");
		writeFileSync(file, broken);
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
		expect(run.status).not.toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('2 problem(s) in poll records:');
		expect(output).toContain('polls/asahi-2025-japan-us.ts: population.sources[0]: unknown source id "nhk": not in this record\'s sources');
		expect(output).toContain('polls/asahi-2025-japan-us.ts: questions[0].answers[1].value: answers of one question sum to 102, above 100');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
