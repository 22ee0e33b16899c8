import fc from 'fast-check';
import { format } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { PHRASES } from './phrases';
import { publicMention, readNumbers } from './index';

/** `nearly 70% => 70 % approx noun=people` as the reader's JSON. */
function expected(sentence: string, spec: string) {
	const [text = '', rest = ''] = spec.split(' => ');
	const [value, unit, qualifier, ...extras] = rest.split(' ');
	const offset = sentence.indexOf(text);
	const mention: Record<string, unknown> = { text, offset, length: text.length, value: Number(value), unit, qualifier };
	for (const extra of extras.join(' ').split(/ (?=\w+=)/).filter(Boolean)) {
		const [key = '', raw = ''] = extra.split('=');
		mention[key] = key === 'high' ? Number(raw) : raw;
	}
	return mention;
}

describe('the phrase table', () => {
	it.each(PHRASES.map(([kind, sentence, ...specs]) => ({ kind, sentence, specs })))('$kind: $sentence', ({ sentence, specs }) => {
		expect(readNumbers(sentence).map(publicMention)).toEqual(specs.map((s) => expected(sentence, s)));
	});

	it('has at least 150 phrases, 20 of them Chinese or Japanese', () => {
		expect(PHRASES.length).toBeGreaterThanOrEqual(150);
		expect(PHRASES.filter(([kind]) => kind === 'cjk').length).toBeGreaterThanOrEqual(20);
	});
});

const filler = fc.stringMatching(/^[a-z ,;]{0,40}$/).filter((s) => !/\b(?:one|two|ten|a|the|some|over|under|about|up|down|in|by)\s*$/.test(s));

describe('reader properties', () => {
	it('reads a formatted percentage back as the same value', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(',.0f', ',.1f', ',.2f'), fc.constantFrom('%', ' percent', ' per cent'), (n, spec, unit) => {
				const written = format(spec)(n / 10);
				const [mention] = readNumbers(`Support was ${written}${unit} in the poll.`);
				expect(mention?.value).toBe(Number(written.replace(/,/g, '')));
				expect(mention?.unit).toBe('%');
			})
		);
	});

	it('slices every mention text from its span', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PHRASES.map(([, s]) => s)), { minLength: 1, maxLength: 6 }), (sentences) => {
				const text = sentences.join(' ');
				for (const m of readNumbers(text)) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
			})
		);
	});

	it('moves a mention by exactly the length of unrelated text put before it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...PHRASES.filter(([kind]) => kind !== 'skip').map(([, s]) => s)), filler, (sentence, prefix) => {
				const before = readNumbers(sentence);
				const after = readNumbers(`${prefix}. ${sentence}`);
				expect(after.map((m) => m.offset - prefix.length - 2)).toEqual(before.map((m) => m.offset));
				expect(after.map((m) => m.text)).toEqual(before.map((m) => m.text));
			})
		);
	});
});
