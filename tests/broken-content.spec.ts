import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy';

// Broken content must stop `npm run build`, naming file, field and rule, one line per problem and
// no knock-on (a figure linking a broken poll is not reported again). One real build holds a
// figure the reader contradicts and a poll record with two problems.
test('broken figures and poll records fail the build with one message per problem', () => {
	test.setTimeout(180_000);
	const dir = copyProject('broken');
	try {
		// The hole the old reader left: "Fifty-four percent" read as 4.
		writeFileSync(
			join(dir, 'tests/fixtures/content/figures/harbourtown-misread.ts'),
			`export default { slug: 'harbourtown-misread', article: 'harbourtown-ferry-poll', title: 'Misread', subtitle: 'Share', unit: '%', source: { name: 'Harbourtown Gazette poll' }, notReported: [], values: [{ id: 'restore', label: 'want the night ferry restored', value: 4, qualifier: 'exact', quote: { text: 'Fifty-four percent of Harbourtown residents' } }] };`
		);
		const poll = join(dir, 'tests/fixtures/content/polls/harbourtown-ferry.ts');
		const broken = readFileSync(poll, 'utf8')
			.replace("{ id: 'no', label: { text: 'No', wording: 'verbatim' }, value: 30.3,", "{ id: 'no', label: { text: 'No', wording: 'verbatim' }, value: 40.3,")
			.replace("population: { value: 'Adult ferry riders', sources: ['board'] }", "population: { value: 'Adult ferry riders', sources: ['nhk'] }");
		expect(broken).not.toBe(readFileSync(poll, 'utf8'));
		writeFileSync(poll, broken);
		const run = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', CITECHARTS_FIXTURES: '1' } });
		expect(run.status).not.toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('3 content problems:');
		expect(output).toContain(
			'tests/fixtures/content/figures/harbourtown-misread.ts: values[0].value: rule 2 (the reader reads the value and unit in the quote): the reader reads "Fifty-four percent" as 54, the value is 4'
		);
		expect(output).toContain('polls/harbourtown-ferry.ts: population.sources[0]: rule 8 (content is data of the right shape): unknown source id "nhk": not in this record\'s sources');
		expect(output).toContain('polls/harbourtown-ferry.ts: questions[0].answers[1].value: rule 8 (content is data of the right shape): answers of one question sum to 110, above 100');
		expect(output).not.toContain('unknown poll id');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
