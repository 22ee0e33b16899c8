import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { catalogue, findArticle } from './catalogue';

const SHARED_SHA256 = '0ce49756fa98b2083de904836b9613442df08cf00f56ce9c34eb40801aa879e9';

describe('catalogue', () => {
	it('keeps the article byte-identical to the shared source', () => {
		const article = findArticle('japan-turns-from-us');
		const file = readFileSync(new URL('./content/articles/japan-turns-from-us.txt', import.meta.url), 'utf8');
		expect(article?.text).toBe(file);
		// The hash of ../shared/sources/japan-turns-from-us.txt, checked against the file where it is present.
		const shared = new URL('../../../shared/sources/japan-turns-from-us.txt', import.meta.url);
		const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
		if (existsSync(shared)) expect(sha256(readFileSync(shared))).toBe(SHARED_SHA256);
		expect(sha256(readFileSync(new URL('./content/articles/japan-turns-from-us.txt', import.meta.url)))).toBe(SHARED_SHA256);
		expect(file.split('\n')).toHaveLength(17);
		expect(file.endsWith('\n')).toBe(false);
	});

	it('charts the three figures of DESIGN.md, in the order the article cites them', () => {
		expect(catalogue.figures.map((f) => f.slug)).toEqual(['china-trade-share', 'asahi-poll', 'us-defence-trust']);
	});

	it('indexes exactly the seven numbers of the article', () => {
		const numbers = findArticle('japan-turns-from-us')?.numbers.map((n) => n.quote.text);
		expect(numbers).toEqual([
			'three waves of delegations', 'Within just two weeks', 'after three months',
			'23%', 'nearly 70%', 'only 20%', 'only 15%'
		]);
	});

	it('resolves each value as DESIGN.md gives it', () => {
		const table = catalogue.figures.flatMap((f) =>
			f.values.map((v) => [f.slug, v.id, v.value, v.qualifier, v.approx, v.quote?.phrase ?? v.formula])
		);
		expect(table).toEqual([
			['china-trade-share', 'china', 23, 'exact', false, '23%'],
			['china-trade-share', 'rest', 77, 'derived', false, '100 - china'],
			['asahi-poll', 'independent', 70, 'approx', true, 'nearly 70%'],
			['asahi-poll', 'obey', 20, 'exact', false, 'only 20%'],
			['asahi-poll', 'rest', 10, 'derived', true, '100 - independent - obey'],
			['us-defence-trust', 'defend', 15, 'exact', false, 'only 15%'],
			['us-defence-trust', 'rest', 85, 'derived', false, '100 - defend']
		]);
	});

	it('gives every quote an offset that reads back its text', () => {
		for (const article of catalogue.articles) {
			const quotes = [
				...article.numbers.map((n) => n.quote),
				...catalogue.figures.flatMap((f) => f.values.flatMap((v) => (v.quote ? [v.quote] : [])))
			];
			for (const q of quotes) {
				expect(article.text.slice(q.offset, q.offset + q.length)).toBe(q.text);
				expect(article.text.slice(q.sentence.offset, q.sentence.offset + q.sentence.length)).toBe(q.sentence.text);
				expect(q.sentence.text).toContain(q.text);
			}
		}
	});
});
