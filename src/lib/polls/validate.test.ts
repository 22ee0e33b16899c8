import { describe, expect, it } from 'vitest';
import type { Poll } from '$lib/content/poll';
import { findPoll, polls, resolveAnswer } from './catalogue';
import { loadPolls, validatePolls } from './validate';

const fixtures = import.meta.glob('../../../tests/fixtures/content/polls/*.ts', { eager: true, import: 'default' });
const KEY = '../../../tests/fixtures/content/polls/harbourtown-ferry.ts';
const FILE = 'polls/harbourtown-ferry.ts';
const fixture = () => structuredClone(fixtures[KEY]) as Poll;

/** The fixture with one change, loaded through the same validation as the site's polls. */
function problemsAfter(change: (p: Record<string, any>) => void): string[] {
	const poll = fixture();
	change(poll);
	return validatePolls({ [KEY]: poll }).problems;
}

describe('poll validation', () => {
	it('accepts the fixture as it is', () => {
		expect(validatePolls(fixtures)).toEqual({ polls: Object.values(fixtures), problems: [] });
	});

	// One broken rule, one message naming the file, the field path and the rule.
	it.each<[string, (p: Record<string, any>) => void, string]>([
		['a fact without a source', (p) => (p.sponsor.sources = []), 'sponsor.sources: a fact names at least one source'],
		['a language that is no BCP 47 tag', (p) => (p.lang = 'chinese'), 'lang: must be a BCP 47 language tag such as "en", "ja" or "zh-Hans"'],
		['a language tag spelled off the standard', (p) => (p.lang = 'zh-hans'), 'lang: must be written "zh-Hans", as BCP 47 spells it'],
		['an answer without a source', (p) => (p.questions[1].answers[0].sources = []), 'questions[1].answers[0].sources: a fact names at least one source'],
		['a source id not in the sources', (p) => p.mode.sources.push('herald'), 'mode.sources[1]: unknown source id "herald": not in this record\'s sources'],
		['an unknown source on an answer', (p) => (p.questions[0].answers[2].sources = ['radio']), 'questions[0].answers[2].sources[0]: unknown source id "radio": not in this record\'s sources'],
		['a split above 100', (p) => (p.questions[1].answers[1].value = 64), 'questions[1].answers[1].value: answers of one question sum to 104, above 100'],
		['a split above 100 at the first answer that crosses it', (p) => (p.questions[0].answers[1].value = 40), 'questions[0].answers[1].value: answers of one question sum to 109.7, above 100'],
		['a file name that is not the id', (p) => (p.id = 'harbourtown-bus'), 'id: the id "harbourtown-bus" must equal the file name "harbourtown-ferry"'],
		['an unknown field', (p) => (p.questions[0].answers[0].note = 'x'), 'questions[0].answers[0].note: unknown field: the poll model has no such field'],
		['a missing field', (p) => delete p.weighting, 'weighting: missing field: the poll model requires it (null where not reported)'],
		['a javascript: URL', (p) => (p.sources[0].url = 'javascript:alert(1)'), 'sources[0].url: a source URL is an absolute http(s) address'],
		['an ftp URL', (p) => (p.sources[1].url = 'ftp://gazette.example/ferry'), 'sources[1].url: a source URL is an absolute http(s) address'],
		['a relative URL', (p) => (p.sources[1].url = '/ferry'), 'sources[1].url: a source URL is an absolute http(s) address'],
		['a duplicate source id', (p) => p.sources.push({ ...p.sources[1], id: 'board' }), 'sources[2].id: duplicate source id "board"'],
		['a duplicate question id', (p) => (p.questions[1].id = 'later-ferry'), 'questions[1].id: duplicate question id "later-ferry"'],
		['a duplicate answer id', (p) => (p.questions[0].answers[2].id = 'yes'), 'questions[0].answers[2].id: duplicate answer id "yes"'],
		['a value as text', (p) => (p.questions[0].answers[1].value = '30.3'), 'questions[0].answers[1].value: wrong type: expected number, got "30.3"'],
		['a count as text', (p) => (p.validResponses.value = '512'), 'validResponses.value: wrong type: expected number, got "512"'],
		['a fractional count', (p) => (p.sampleDrawn.value = 600.5), 'sampleDrawn.value: a count of people is a whole number'],
		['a share above 100', (p) => (p.responseRate.value = 185.3), 'responseRate.value: a share is at most 100'],
		['an unknown wording mark', (p) => (p.questions[0].question.wording = 'quoted'), 'questions[0].question.wording: wording is verbatim, translated or paraphrased'],
		['a date in another format', (p) => (p.sources[0].date = '02/05/2031'), 'sources[0].date: a date is written YYYY-MM-DD'],
		['an id with capitals', (p) => (p.questions[0].id = 'Later'), 'questions[0].id: an id is lowercase words joined by hyphens']
	])('%s', (_name, change, message) => {
		expect(problemsAfter(change)).toEqual([`${FILE}: ${message}`]);
	});

	it('allows 0.05 of rounding per answer, and no more', () => {
		expect(problemsAfter((p) => (p.questions[0].answers[0].value = 61.55))).toEqual([]);
		expect(problemsAfter((p) => (p.questions[0].answers[0].value = 61.6))).toEqual([`${FILE}: questions[0].answers[2].value: answers of one question sum to 100.2, above 100`]);
	});

	it('gives one message per problem and no knock-on messages', () => {
		// A wrong type stops the record before the rules: the string is not also a broken sum.
		expect(problemsAfter((p) => ((p.questions[0].answers[0].value = '99'), (p.questions[1].answers[1].value = 90)))).toEqual([
			`${FILE}: questions[0].answers[0].value: wrong type: expected number, got "99"`
		]);
		expect(problemsAfter((p) => ((p.sponsor.sources = ['herald']), (p.questions[1].answers[1].value = 90)))).toEqual([
			`${FILE}: sponsor.sources[0]: unknown source id "herald": not in this record's sources`,
			`${FILE}: questions[1].answers[1].value: answers of one question sum to 130, above 100`
		]);
	});

	it('throws one Error listing every problem of every file', () => {
		const broken = fixture();
		broken.sponsor = { value: 'x', sources: [] };
		expect(() => loadPolls({ [KEY]: broken, '../content/polls/empty.ts': {} })).toThrowError(
			/^19 problem\(s\) in poll records:\npolls\/harbourtown-ferry\.ts: sponsor\.sources: a fact names at least one source\npolls\/empty\.ts: id: missing field/
		);
	});
});

describe('answer references', () => {
	const [ferry] = validatePolls(fixtures).polls;
	it.each([
		[{ poll: 'harbourtown-ferry', question: 'later-ferry', answer: 'no' }, 30.3],
		[{ poll: 'gallup', question: 'later-ferry', answer: 'no' }, 'unknown poll id "gallup"'],
		[{ poll: 'harbourtown-ferry', question: 'last-ferry', answer: 'no' }, 'unknown question id "last-ferry" in poll "harbourtown-ferry"'],
		[{ poll: 'harbourtown-ferry', question: 'later-ferry', answer: 'maybe' }, 'unknown answer id "maybe" in question "later-ferry" of poll "harbourtown-ferry"']
	])('resolve %o or name the unknown id', (ref, expected) => {
		const found = resolveAnswer([ferry!], ref);
		expect('problem' in found ? found.problem : found.answer.value).toEqual(expected);
	});
});

describe('the seed poll (DESIGN.md, "Its figures")', () => {
	it('loads, with the values of DESIGN.md', () => {
		// Other polls may join it: this checks the seed's record, not how many there are.
		expect(polls.map((p) => p.id)).toContain('asahi-2025-japan-us');
		const diplomacy = findPoll('asahi-2025-japan-us')?.questions.find((q) => q.id === 'diplomacy-us');
		expect(diplomacy?.answers.map((a) => a.value)).toEqual([68, 24]);
		expect(resolveAnswer(polls, { poll: 'asahi-2025-japan-us', question: 'us-protect', answer: 'yes' })).toMatchObject({ answer: { value: 15 } });
	});
});
