import { expect, test } from '@playwright/test';
import { fixtureFigure, has, inkedPixels, pollPages } from './helpers';

/** The fictional poll (tests/fixtures/content/polls): fixture figures cite it, named and inferred. */
const PAGE = '/polls/harbourtown-ferry';

// The fixture's questions as the poll reports them: each question's answers, then the derived rest where they leave one.
const QUESTIONS: [string, string[], boolean][] = [
	['later-ferry', ['61.4%', '30.3%', '8.3%'], false],
	['fare', ['40%', '52%', '8%'], true]
];

test('the dashboard links every poll page', async ({ page }) => {
	await page.goto('/');
	for (const href of pollPages) await expect(page.locator(`.polls a[href="${href}"]`)).toHaveCount(1);
});

test('a poll page draws every question as a 100% bar and tables its answers, the rest derived', async ({ page }) => {
	await page.goto(PAGE);
	for (const [id, shares, derivedRest] of QUESTIONS) {
		const section = page.locator(`#q-${id}`);
		expect(await inkedPixels(page, `canvas[data-question="${id}"]`)).toBeGreaterThan(3000);
		await expect(section.locator('td[data-value]')).toHaveText(shares);
		const rest = section.locator('tr[data-answer="_rest"]');
		// Answers that add up to 100 leave no rest to derive.
		await expect(rest).toHaveCount(derivedRest ? 1 : 0);
		if (derivedRest) {
			await expect(rest.locator('th')).toContainText('other or no answer (not reported)');
			await expect(rest.locator('th')).toContainText('Derived, not reported: 100%');
		}
		await expect(section.getByRole('img', { name: /^100% stacked bar of the answers to/ })).toHaveCount(1);
	}
	await expect(page.locator('#q-fare [role="img"]')).toHaveAttribute('aria-label', /Yes: 40%; No: 52%; other or no answer \(not reported\): 8%, derived as 100% − 40% − 52% = 8%\.$/);
});

test('the disclosure checklist says what the reports give and what they do not', async ({ page }) => {
	await page.goto(PAGE);
	const items = page.locator('.checklist > li');
	await expect(items).toHaveCount(10);
	const status = (name: string) => page.locator('.checklist > li', { hasText: name }).first();
	for (const name of ['Sponsor', 'Who conducted it', 'Dates of fieldwork', 'Population', 'Sample and how it was recruited', 'Mode', 'Question wording', 'Sample size', 'Precision']) {
		await expect(status(name)).toHaveAttribute('data-status', 'disclosed');
	}
	await expect(status('Weighting')).toHaveAttribute('data-status', 'not reported');
	await expect(status('Weighting')).toContainText('Weighting not reported.');
	await expect(status('Dates of fieldwork')).toContainText('the first week of April 2031');
	await expect(status('Sample size')).toContainText('512 responses');
	await expect(status('Precision')).toContainText('±4.3 points');
	await expect(page.locator('.release')).toHaveText('The fictional ferry board’s own release.');
});

test('every outside link says it leaves the site and opens without the opener', async ({ page, baseURL }) => {
	await page.goto(PAGE);
	const outside = page.locator('a[href^="http"]:not([href^="' + baseURL + '"])');
	expect(await outside.count()).toBeGreaterThan(20);
	for (const link of await outside.all()) {
		expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
		await expect(link).toContainText('(external site)');
	}
	// Each fact names its reports: the pollster's line cites exactly the two that give it.
	await expect(page.locator('.checklist > li', { hasText: 'Who conducted it' }).locator('a[data-source]')).toHaveText([/Harbourtown Ferry Board/, /Harbourtown Gazette/]);
});

test('the page lists each article figure that cites the poll, with its verdict', async ({ page }) => {
	await page.goto(PAGE);
	await expect(page.locator('#cited ~ p.none')).toHaveCount(0);
	await expect(page.locator('li[data-verdict]')).toHaveCount(3);
	await expect(page.locator('li[data-verdict="differs"]')).toContainText('the article says 35%, the poll reported 30.3%: differs (+4.7 points)');
	const consistent = page.locator('li[data-verdict="consistent"]');
	await expect(consistent).toHaveCount(2);
	// citecharts' own match says so; the article's attribution says that instead.
	await expect(consistent.nth(0)).toContainText('the article says ≈40%, the poll reported 40%: consistent (0 points). Matched by citecharts');
	await expect(consistent.nth(1)).toContainText('the article says >50%, the poll reported 61.4%: consistent (−11.4 points). The article names this poll');
});

test('a chart page shows the article\'s wording beside the poll\'s, and links the poll before its data files', async ({ page }) => {
	const figure = fixtureFigure('with a check that differs', has.verdict('differs'));
	await page.goto(`/charts/${figure.slug}`);
	const check = page.locator('section.check');
	await expect(check.locator('tr[data-verdict="differs"]')).toContainText('35% (35%)');
	await expect(check.locator('tr[data-verdict="differs"]')).toContainText('30.3%');
	await expect(check.locator('tr[data-verdict="differs"]')).toContainText('differs by +4.7 points');
	const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	const poll = links.findIndex((h) => h.endsWith(PAGE));
	const data = links.findIndex((h) => /\.(csv|json|png|svg)$/.test(h));
	expect(poll).toBeGreaterThan(-1);
	expect(poll).toBeLessThan(data);
	await expect(page.getByRole('img', { name: /the poll reported 30\.3%: the article's 35% differs by \+4\.7 points/ })).toHaveCount(1);
});

test('an embed says how its figures check, in one line of HTML under the chart', async ({ page }) => {
	// A figure with both kinds of link: citecharts' own match is told apart from the article's.
	const figure = fixtureFigure('with an inferred and a named check', (f) => f.values.some((v) => v.check?.match === 'inferred') && f.values.some((v) => v.check?.match === 'named'));
	await page.goto(`/embed/${figure.slug}`);
	await expect(page.locator('figcaption .check')).toHaveText(
		/^Checked against Harbourtown Ferry Survey \(fictional\) \(matched by citecharts; the article names no poll\): ≈40% is consistent \(poll: 40%\)\. And against Harbourtown Ferry Survey \(fictional\): 35% differs by \+4\.7 points \(poll: 30\.3%\)\./
	);
	await page.goto(`/embed/${fixtureFigure('with no poll check', (f) => !has.check(f)).slug}`);
	await expect(page.locator('figcaption .check')).toHaveCount(0);
});

test('a poll page reads without JavaScript: labelled bars and tables in HTML', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PAGE);
	const bar = page.locator('#q-fare .fallback');
	await expect(bar).toBeVisible();
	await expect(bar).toHaveText(/40%\s*52%\s*8%/);
	await expect(page.locator('#q-fare td[data-value]')).toHaveText(['40%', '52%', '8%']);
	await expect(page.locator('canvas[data-rendered]')).toHaveCount(0);
	await context.close();
});

test('/polls/{id}.json is the record with the derived rests, the checklist and absolute URLs', async ({ request, baseURL }) => {
	const response = await request.get(`${PAGE}.json`);
	expect(response.headers()['content-type']).toContain('application/json');
	const poll = await response.json();
	expect(poll.id).toBe('harbourtown-ferry');
	expect(poll.questions.map((q: { id: string; answers: { value: number }[]; notReported: { share: number } | null }) => [q.id, q.answers.map((a) => a.value), q.notReported?.share ?? null])).toEqual([
		['later-ferry', [61.4, 30.3, 8.3], null],
		['fare', [40, 52], 8]
	]);
	expect(poll.weighting).toBeNull();
	expect(poll.release.available).toBe(true);
	expect(poll.citations.map((c: { slug: string; verdict: string; match: string }) => `${c.slug} ${c.verdict} ${c.match}`)).toEqual([
		'ferry-survey consistent inferred',
		'ferry-survey differs named',
		'harbourtown-weekly consistent named'
	]);
	expect(poll.urls).toEqual({ page: `${baseURL}${PAGE}`, json: `${baseURL}${PAGE}.json` });
});

test.describe('the seed poll (DESIGN.md, "Its figures")', () => {
	test('checks the seed\'s two poll figures as DESIGN.md says, and the trade figure not at all', async ({ page, request }) => {
		const poll = await (await request.get('/polls/asahi-2025-japan-us.json')).json();
		expect(poll.citations.map((c: { slug: string; verdict: string; match: string }) => `${c.slug} ${c.verdict} ${c.match}`)).toEqual([
			'asahi-poll consistent named',
			'asahi-poll differs named',
			'us-defence-trust matches inferred'
		]);
		await page.goto('/embed/asahi-poll');
		await expect(page.locator('figcaption .check')).toHaveText(/≈70% is consistent \(poll: 68%\); 20% differs by −4 points \(poll: 24%\)/);
		await page.goto('/embed/china-trade-share');
		await expect(page.locator('figcaption .check')).toHaveCount(0);
	});
});
