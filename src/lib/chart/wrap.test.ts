import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

/** Every character 10 px wide: widths in the cases read as character counts. */
const measure = (text: string) => [...text].length * 10;

/** The space-only greedy wrap the charts used before: English must wrap exactly as it did. */
function spaceWrap(text: string, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** Where `Intl.Segmenter` puts word boundaries in `text`, as character offsets. */
const boundaries = (text: string, lang: string) =>
	new Set([...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => [...text.slice(0, s.index)].length));

describe('English wraps as before, at spaces only', () => {
	it.each([
		['want the ferry back', 100],
		['Fifty-four percent of harbour residents, “nearly 70%”', 120],
		['Source: Asahi Shimbun poll, as cited in an opinion piece (https://example.org/a-very-long-url)', 200],
		['one', 10]
	])('%j at %i px', (text, width) => {
		expect(wrapText(measure, text, width, 'en')).toEqual(spaceWrap(text, width));
	});

	it('for any Latin text and width', () => {
		const word = fc.stringMatching(/^[A-Za-z0-9%,.“”()'-]{1,12}$/);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 12 }), fc.integer({ min: 10, max: 300 }), (words, width) => {
				const text = words.join(' ');
				expect(wrapText(measure, text, width, 'en')).toEqual(spaceWrap(text, width));
			})
		);
	});
});

describe('Japanese and Chinese wrap at word boundaries, inside the width', () => {
	it.each([
		['新しい町立図書館の建設に「賛成」と答えた人', 'ja', 60, ['新しい町立', '図書館の建設', 'に「賛成」と', '答えた人']],
		['新しい町立図書館の建設に「賛成」と答えた人', 'ja', 140, ['新しい町立図書館の建設に', '「賛成」と答えた人']],
		['町民調査で「賛成」「反対」と答えた人の割合は62%、約3割だった。', 'ja', 100, ['町民調査で「賛成」', '「反対」と答えた人の', '割合は62%、約3割', 'だった。']],
		['选择“服从美国”的人只有20%', 'zh-Hans', 80, ['选择“服从美国”', '的人只有20%']]
	])('%s (%s) at %i px', (text, lang, width, expected) => {
		const lines = wrapText(measure, text, width, lang);
		expect(lines).toEqual(expected);
		expect(lines.join('')).toBe(text);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
		// Every break is one of the segmenter's word boundaries.
		const cuts = lines.slice(0, -1).map((_, i) => [...lines.slice(0, i + 1).join('')].length);
		for (const cut of cuts) expect(boundaries(text, lang)).toContain(cut);
	});

	it('never starts a line with a closing mark or a small kana, nor splits a number', () => {
		const text = '子育て世帯では賛成が71%に上った一方、単身世帯では48％にとどまった。町は今後、説明会を開いて意見を聞くとしている。';
		for (const width of [40, 50, 60, 70, 80, 90, 100, 120]) {
			const lines = wrapText(measure, text, width, 'ja');
			expect(lines.join('')).toBe(text);
			lines.slice(1).forEach((line, i) => {
				expect(line).not.toMatch(/^[、。」）っゃゅょー%％]/u);
				if (/\d$/u.test(lines[i]!)) expect(line).not.toMatch(/^[\d%％]/u);
			});
		}
	});
});
