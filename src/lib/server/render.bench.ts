import { bench, describe } from 'vitest';
import { articleOf, catalogue } from '$lib/catalogue';
import { figureUrls } from '$lib/site';
import { figureCard, figurePng, figureSvg } from './exports';

// Time to draw each export in Node, so a site with hundreds of charts still builds in seconds.
for (const figure of catalogue.figures) {
	const article = articleOf(figure);
	const pageUrl = figureUrls(figure.slug).page;
	describe(figure.slug, () => {
		bench('PNG 1440 px', () => void figurePng(figure, article, pageUrl), { iterations: 20 });
		bench('SVG', async () => void (await figureSvg(figure, article, pageUrl)), { iterations: 20 });
		bench('card 1200×630', () => void figureCard(figure, article, pageUrl), { iterations: 20 });
	});
}
