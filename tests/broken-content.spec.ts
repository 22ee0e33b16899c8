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

// A poll record is content too: every problem, one line each, no knock-on for the figures
// that link it, and the build stops.
test('a broken poll record fails the build with one message per problem', () => {
	test.setTimeout(180_000);
	const dir = copyProject('broken-poll');
	try {
		const file = join(dir, 'tests/fixtures/content/polls/harbourtown-ferry.ts');
		const broken = readFileSync(file, 'utf8')
			.replace("{ id: 'no', label: { text: 'No', wording: 'verbatim' }, value: 30.3,", "{ id: 'no', label: { text: 'No', wording: 'verbatim' }, value: 40.3,")
			.replace("population: { value: 'Adult ferry riders', sources: ['board'] }", "population: { value: 'Adult ferry riders', sources: ['nhk'] }");
		expect(broken).not.toBe(readFileSync(file, 'utf8'));
		writeFileSync(file, broken);
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', CITECHARTS_FIXTURES: '1' } });
		expect(run.status).not.toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('2 content problems:');
		expect(output).toContain('polls/harbourtown-ferry.ts: population.sources[0]: rule 8 (content is data of the right shape): unknown source id "nhk": not in this record\'s sources');
		expect(output).toContain('polls/harbourtown-ferry.ts: questions[0].answers[1].value: rule 8 (content is data of the right shape): answers of one question sum to 110, above 100');
		expect(output).not.toContain('unknown poll id');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
