import { expect, test } from '@playwright/test';
import { articleText, catalogue } from './helpers';

/**
 * An article's own headline, subheads and disclaimer as pages show them: the seed has no headline
 * and a disclaimer line; the harbour-survey fixture has a headline, a subhead and no disclaimer.
 */
const cases = [
	{ id: 'japan-turns-from-us', headline: null, subheads: [] as number[], disclaimer: 17 },
	{ id: 'harbour-survey', headline: 1, subheads: [3], disclaimer: null }
];

for (const c of cases) {
	test(`the dashboard of ${c.id} quotes its headline where it has one, and a disclaimer only where it has one`, async ({ page }) => {
		const lines = articleText(c.id).split('\n');
		const article = catalogue.articles.find((a) => a.id === c.id)!;
		await page.goto(`/articles/${c.id}`);
		// The title stays citecharts' own, whatever the article's headline.
		await expect(page.locator('h1')).toHaveText(article.title);
		const headline = page.locator('.about dt:has-text("Headline") + dd');
		if (c.headline) {
			await expect(headline).toContainText(`“${lines[c.headline - 1]}”`);
			await expect(headline.getByRole('link')).toHaveAttribute('href', `/sources/${c.id}#p${c.headline}`);
		} else await expect(headline).toHaveText("not given in the text; the title above is citecharts' own description");
		const disclaimer = page.locator('.about .disclaimer');
		if (c.disclaimer) await expect(disclaimer).toContainText(lines[c.disclaimer - 1]!);
		else {
			await expect(disclaimer).toHaveCount(0);
			await expect(page.locator('.about')).not.toContainText("Publisher's disclaimer");
		}
	});

	test(`the source view of ${c.id} shows its headline and subheads as headings, verbatim`, async ({ page }) => {
		const lines = articleText(c.id).split('\n');
		await page.goto(`/sources/${c.id}`);
		const article = page.locator('article.source');
		await expect(article.locator('.para h2')).toHaveText(c.headline ? [lines[c.headline - 1]!] : []);
		await expect(article.locator('.para h3')).toHaveText(c.subheads.map((n) => lines[n - 1]!));
		for (const n of c.subheads) await expect(page.locator(`#p${n}`).getByRole('heading', { level: 3 })).toHaveCount(1);
		await expect(page.getByText("Publisher's disclaimer")).toHaveCount(c.disclaimer ? 1 : 0);
	});
}

test('a chart\'s JSON gives its article\'s headline and disclaimer verbatim, or null', async ({ request }) => {
	for (const c of cases) {
		const slug = catalogue.figures.find((f) => f.article === c.id)!.slug;
		const { citation } = (await (await request.get(`/charts/${slug}.json`)).json()) as { citation: { article: Record<string, unknown> } };
		const lines = articleText(c.id).split('\n');
		expect([citation.article.headline, citation.article.disclaimer]).toEqual([c.headline && lines[c.headline - 1], c.disclaimer && lines[c.disclaimer - 1]]);
	}
});
