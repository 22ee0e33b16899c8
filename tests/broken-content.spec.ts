import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

// A figure the reader contradicts must stop `npm run build`, naming file, field and rule.
test('a figure that misreads its quote fails the build with file, field and rule', () => {
	test.setTimeout(180_000);
	const dir = copyProject('broken');
	try {
		// The hole the old reader left: "Fifty-four percent" read as 4.
		writeFileSync(
			join(dir, 'tests/fixtures/content/figures/harbourtown-misread.ts'),
			`export default { slug: 'harbourtown-misread', article: 'harbourtown-ferry-poll', title: 'Misread', subtitle: 'Share', unit: '%', source: { name: 'Harbourtown Gazette poll' }, notReported: [], values: [{ id: 'restore', label: 'want the night ferry restored', value: 4, qualifier: 'exact', quote: { text: 'Fifty-four percent of Harbourtown residents' } }] };`
		);
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', CITECHARTS_FIXTURES: '1' } });
		expect(run.status).not.toBe(0);
		expect(run.stdout + run.stderr).toContain(
			'tests/fixtures/content/figures/harbourtown-misread.ts: values[0].value: rule 2 (the reader reads the value and unit in the quote): the reader reads "Fifty-four percent" as 54, the value is 4'
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
