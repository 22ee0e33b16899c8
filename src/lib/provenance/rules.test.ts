import { describe, expect, it } from 'vitest';
import type { Article, Figure, FigureValue } from '$lib/content/types';
import { buildCatalogue } from './catalogue';
import { ProvenanceError } from './resolved';
import { resolveFigure } from './rules';
import asahi from '$lib/content/figures/asahi-poll';
import article from '$lib/content/articles/japan-turns-from-us.txt?raw';

const fixture = {
	articles: import.meta.glob<Article>('./fixtures/articles/*.ts', { eager: true, import: 'default' }),
	texts: import.meta.glob<string>('./fixtures/articles/*.txt', { eager: true, query: '?raw', import: 'default' }),
	figures: import.meta.glob<Figure>('./fixtures/figures/*.ts', { eager: true, import: 'default' })
};

describe('a second article', () => {
	it('is added with content files alone and resolves like the first', () => {
		const { articles, figures } = buildCatalogue(fixture);
		expect(articles.map((a) => a.id)).toEqual(['harbour-survey']);
		expect(figures[0]?.values.map((v) => [v.value, v.qualifier, v.approx])).toEqual([
			[40, 'approx', true], [35, 'exact', false], [25, 'derived', true]
		]);
	});
});

/** Asahi figure with one value replaced, to break one rule at a time. */
function asahiWith(index: number, change: Partial<FigureValue> & Record<string, unknown>): Figure {
	const values = asahi.values.map((v, i) => (i === index ? ({ ...v, ...change } as FigureValue) : v));
	return { ...asahi, values };
}

function problemsOf(figure: Figure): string[] {
	try {
		buildCatalogue({
			articles: { 'x/japan-turns-from-us.ts': { captionLines: [], urlLine: 1, disclaimerLine: 1, numbers: [] } as unknown as Article },
			texts: { 'x/japan-turns-from-us.txt': article },
			figures: { [`x/${figure.slug}.ts`]: figure }
		});
	} catch (e) {
		if (e instanceof ProvenanceError) return e.message.split('\n').slice(1).map((l) => l.trim());
		throw e;
	}
	return [];
}

describe('honesty rules', () => {
	it('accept the real figure', () => {
		expect(problemsOf(asahi)).toEqual([]);
	});

	const cases: [string, Figure, string][] = [
		['rule 1: a quote not in the article', asahiWith(1, { quote: { text: 'only 21% of people choose to "obey the U.S."' } }),
			'asahi-poll: values[1].quote: rule 1 (a stated value quotes the article exactly): "only 21% of people choose to \\"obey the U.S.\\"" is not in the article'],
		['rule 1: a repeated phrase without its occurrence', { ...asahi, values: [{ id: 'w', label: 'waves', value: 3, qualifier: 'exact', quote: { text: 'three waves of delegations' } }] },
			'asahi-poll: values[0].quote: rule 1 (a stated value quotes the article exactly): "three waves of delegations" occurs 2 times; name the occurrence (1-2)'],
		['rule 1: an occurrence that does not exist', { ...asahi, values: [{ id: 'w', label: 'waves', value: 3, qualifier: 'exact', quote: { text: 'three waves of delegations', occurrence: 3 } }] },
			'asahi-poll: values[0].quote: rule 1 (a stated value quotes the article exactly): occurrence 3 of "three waves of delegations" does not exist (it occurs 2 times)'],
		['rule 2: a value that differs from the quote', asahiWith(1, { value: 25 }),
			'asahi-poll: values[1].value: rule 2 (the number in the quote equals the value): the quote says only 20%, the value is 25'],
		['rule 2: a quote with no number', asahiWith(1, { quote: { text: 'choose to "obey the U.S."' } }),
			'asahi-poll: values[1].quote: rule 2 (the number in the quote equals the value): the quote must hold exactly one number, it holds 0'],
		['rule 2: a count quoted for a percentage', asahiWith(1, { value: 3, quote: { text: 'three months' } }),
			'asahi-poll: values[1].quote: rule 2 (the number in the quote equals the value): the quote says three, not a percentage'],
		['rule 3: a quote that leaves out its hedge', asahiWith(0, { qualifier: 'exact', quote: { text: '70% of Japanese people believe' } }),
			'asahi-poll: values[0].qualifier: rule 3 (approximate exactly when the quote hedges): the quote hedges ("nearly 70%"), so the qualifier must be approx, not exact'],
		['rule 4: a formula of constants', asahiWith(2, { formula: '100 - 90' }),
			'asahi-poll: values[2].formula: rule 4 (a derived value names a formula over stated values): 100 - 90 reads no stated value, so the number would trace to nothing'],
		['rule 3: a hedged quote marked exact', asahiWith(0, { qualifier: 'exact' }),
			'asahi-poll: values[0].qualifier: rule 3 (approximate exactly when the quote hedges): the quote hedges ("nearly 70%"), so the qualifier must be approx, not exact'],
		['rule 3: "only" is not a hedge', asahiWith(1, { qualifier: 'approx' }),
			'asahi-poll: values[1].qualifier: rule 3 (approximate exactly when the quote hedges): the quote does not hedge ("only 20%"), so the qualifier must be exact, not approx'],
		['rule 4: a derived value with a quote', asahiWith(2, { quote: { text: 'nearly 70%' } }),
			'asahi-poll: values[2].quote: rule 4 (a derived value names a formula over stated values): a derived value carries no quote of its own'],
		['rule 4: a formula over an unknown value', asahiWith(2, { formula: '100 - independent - disobey' }),
			'asahi-poll: values[2].formula: rule 4 (a derived value names a formula over stated values): formula names "disobey", which is not a stated value of this figure'],
		['rule 4: a formula that does not give the value', asahiWith(2, { value: 15, formula: '100 - independent - obey' }),
			'asahi-poll: values[2].value: rule 4 (a derived value names a formula over stated values): 100 - independent - obey = 10, not 15'],
		['rule 4: a derived value without a formula', asahiWith(2, { formula: undefined }),
			'asahi-poll: values[2].formula: rule 4 (a derived value names a formula over stated values): a derived value must name its formula'],
		['rule 5: parts above 100%', { ...asahi, values: [...asahi.values, { id: 'more', label: 'more', value: 15, qualifier: 'exact', quote: { text: 'only 15%' } }] },
			'asahi-poll: values: rule 5 (parts never sum above 100%): the parts sum to 115%'],
		['content shape: a slug unlike its file', { ...asahi, slug: 'Asahi Poll' },
			'Asahi Poll: slug: content shape: slug must be lowercase words joined by hyphens']
	];

	it.each(cases)('fail on %s, naming figure, field and rule', (_name, figure, message) => {
		expect(problemsOf(figure)).toContain(message);
	});

	it('report every problem of a build at once', () => {
		const broken = asahiWith(0, { value: 71, qualifier: 'exact' });
		// The wrong value also breaks the remainder's formula and the sum.
		expect(problemsOf(broken).map((p) => p.split(': ').slice(1, 3).join(': '))).toEqual([
			'values[0].value: rule 2 (the number in the quote equals the value)',
			'values[0].qualifier: rule 3 (approximate exactly when the quote hedges)',
			'values[2].value: rule 4 (a derived value names a formula over stated values)',
			'values: rule 5 (parts never sum above 100%)'
		]);
	});

	it('keep the derived remainder approximate when an input is', () => {
		const resolved = resolveFigure(asahi, article, []);
		expect(resolved?.values.map((v) => v.approx)).toEqual([true, false, true]);
	});
});
