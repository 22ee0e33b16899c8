import { expect, test } from '@playwright/test';
import { inkedPixels, pollPages } from './helpers';

const PAGE = '/polls/asahi-2025-japan-us';

// DESIGN.md's figures as the poll reports them: each question's answers, then the derived rest.
const QUESTIONS: [string, string[]][] = [
	['diplomacy-us', ['68%', '24%', '8%']],
	['us-protect', ['15%', '77%', '8%']],
	['rely-peace', ['3%', '40%', '48%', '6%', '3%']],
	['shift-asia', ['16%', '66%', '18%']],
	['democracy-model', ['43%', '54%', '3%']]
];

test('the dashboard links every poll page', async ({ page }) => {
	await page.goto('/');
	for (const href of pollPages) await expect(page.locator(`.polls a[href="${href}"]`)).toHaveCount(1);
});

test('a poll page draws every question as a 100% bar and tables its answers, the rest derived', async ({ page }) => {
	await page.goto(PAGE);
	for (const [id, shares] of QUESTIONS) {
		const section = page.locator(`#q-${id}`);
		expect(await inkedPixels(page, `canvas[data-question="${id}"]`)).toBeGreaterThan(3000);
		await expect(section.locator('td[data-value]')).toHaveText(shares);
		const rest = section.locator('tr[data-answer="_rest"]');
		await expect(rest.locator('th')).toContainText('other or no answer (not reported)');
		await expect(rest.locator('th')).toContainText('Derived, not reported: 100%');
		await expect(section.getByRole('img', { name: /^100% stacked bar of the answers to/ })).toHaveCount(1);
	}
	await expect(page.locator('#q-diplomacy-us [role="img"]')).toHaveAttribute('aria-label', /As independently as possible: 68%; .*other or no answer \(not reported\): 8%, derived as 100% − 68% − 24% = 8%\.$/);
});

test('the disclosure checklist says what the reports give and what they do not', async ({ page }) => {
	await page.goto(PAGE);
	const items = page.locator('.checklist > li');
	await expect(items).toHaveCount(10);
	const status = (name: string) => page.locator('.checklist > li', { hasText: name }).first();
	for (const name of ['Sponsor', 'Dates of fieldwork', 'Population', 'Sample and how it was recruited', 'Mode', 'Sample size']) {
		await expect(status(name)).toHaveAttribute('data-status', 'disclosed');
	}
	for (const name of ['Question wording', 'Precision', 'Weighting']) await expect(status(name)).toHaveAttribute('data-status', 'not reported');
	await expect(status('Dates of fieldwork')).toContainText('late February to early April 2025');
	await expect(status('Sample size')).toContainText('1,899 responses');
	await expect(page.locator('.release')).toContainText('Original release not available.');
});

test('every outside link says it leaves the site and opens without the opener', async ({ page, baseURL }) => {
	await page.goto(PAGE);
	const outside = page.locator('a[href^="http"]:not([href^="' + baseURL + '"])');
	expect(await outside.count()).toBeGreaterThan(20);
	for (const link of await outside.all()) {
		expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
		await expect(link).toContainText('(external site)');
	}
	// Each fact names its reports: the fieldwork line cites exactly the two that give it.
	await expect(page.locator('.checklist > li', { hasText: 'Dates of fieldwork' }).locator('a[data-source]')).toHaveText([/The Asahi Shimbun/, /Asia Economy/]);
});

test('the page lists each article figure that cites the poll, with its verdict', async ({ page }) => {
	await page.goto(PAGE);
	await expect(page.locator('#cited ~ p.none')).toHaveCount(0);
	await expect(page.locator('li[data-verdict]')).toHaveCount(3);
	await expect(page.locator('li[data-verdict="differs"]')).toContainText('the poll reported 24%');
	await expect(page.locator('li[data-verdict="matches"]')).toContainText('Matched by citecharts');
});

test('a chart page shows the article\'s wording beside the poll\'s, and links the poll before its data files', async ({ page }) => {
	await page.goto('/charts/asahi-poll');
	const check = page.locator('section.check');
	await expect(check.locator('tr[data-verdict="differs"]')).toContainText('only 20% (20%)');
	await expect(check.locator('tr[data-verdict="differs"]')).toContainText('24%');
	const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	const poll = links.findIndex((h) => h.endsWith('/polls/asahi-2025-japan-us'));
	const data = links.findIndex((h) => /\.(csv|json|png|svg)$/.test(h));
	expect(poll).toBeGreaterThan(-1);
	expect(poll).toBeLessThan(data);
	await expect(page.getByRole('img', { name: /the poll reported 24%: the article's 20% differs by −4 points/ })).toHaveCount(1);
});

test('an embed says how its figures check, in one line of HTML under the chart', async ({ page }) => {
	await page.goto('/embed/asahi-poll');
	await expect(page.locator('figcaption .check')).toHaveText(/≈70% is consistent \(poll: 68%\); 20% differs by −4 points \(poll: 24%\)/);
	await page.goto('/embed/china-trade-share');
	await expect(page.locator('figcaption .check')).toHaveCount(0);
});

test('a poll page reads without JavaScript: labelled bars and tables in HTML', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PAGE);
	const bar = page.locator('#q-diplomacy-us .fallback');
	await expect(bar).toBeVisible();
	await expect(bar).toHaveText(/68%\s*24%\s*8%/);
	await expect(page.locator('#q-diplomacy-us td[data-value]')).toHaveText(['68%', '24%', '8%']);
	await expect(page.locator('canvas[data-rendered]')).toHaveCount(0);
	await context.close();
});

test('/polls/{id}.json is the record with the derived rests, the checklist and absolute URLs', async ({ request, baseURL }) => {
	const response = await request.get(`${PAGE}.json`);
	expect(response.headers()['content-type']).toContain('application/json');
	const poll = await response.json();
	expect(poll.id).toBe('asahi-2025-japan-us');
	expect(poll.questions.map((q: { id: string; answers: { value: number }[]; notReported: { share: number } | null }) => [q.id, q.answers.map((a) => a.value), q.notReported?.share])).toEqual([
		['diplomacy-us', [68, 24], 8],
		['us-protect', [15, 77], 8],
		['rely-peace', [3, 40, 48, 6], 3],
		['shift-asia', [16, 66], 18],
		['democracy-model', [43, 54], 3]
	]);
	expect(poll.weighting).toBeNull();
	expect(poll.release.available).toBe(false);
	expect(poll.citations.map((c: { slug: string; verdict: string; match: string }) => `${c.slug} ${c.verdict} ${c.match}`)).toEqual([
		'asahi-poll consistent named',
		'asahi-poll differs named',
		'us-defence-trust matches inferred'
	]);
	expect(poll.urls).toEqual({ page: `${baseURL}${PAGE}`, json: `${baseURL}${PAGE}.json` });
});
