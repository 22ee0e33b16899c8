import type { Article, Figure } from '$lib/content/types';
import { ProvenanceError, type ProvenanceIssue, type ResolvedArticle, type ResolvedFigure } from './resolved';
import { RULES, resolveFigure, resolveNumbers } from './rules';

/** Content as `import.meta.glob` hands it over: module path → default export. */
export interface ContentModules {
	articles: Record<string, Article>;
	texts: Record<string, string>;
	figures: Record<string, Figure>;
}

export interface Catalogue {
	articles: ResolvedArticle[];
	figures: ResolvedFigure[];
}

const baseName = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/**
 * Validates every article and figure once and returns them resolved. Throws a ProvenanceError
 * listing every broken rule, so one build reports all of them, not the first.
 */
export function buildCatalogue(modules: ContentModules): Catalogue {
	const issues: ProvenanceIssue[] = [];
	const texts = new Map(Object.entries(modules.texts).map(([p, t]) => [baseName(p), t]));
	const articles: ResolvedArticle[] = [];
	for (const [path, meta] of Object.entries(modules.articles).sort(([a], [b]) => a.localeCompare(b))) {
		const id = baseName(path);
		const text = texts.get(id);
		if (text === undefined) {
			issues.push({ subject: `article:${id}`, field: 'text', rule: RULES.shape, problem: `no ${id}.txt beside ${path}` });
			continue;
		}
		const lineCount = text.split('\n').length;
		for (const line of [...meta.captionLines, meta.urlLine, meta.disclaimerLine]) {
			if (!Number.isInteger(line) || line < 1 || line > lineCount) {
				issues.push({ subject: `article:${id}`, field: 'lines', rule: RULES.shape, problem: `line ${line} is outside 1-${lineCount}` });
			}
		}
		const numbers = resolveNumbers(id, text, meta.numbers, issues);
		articles.push({ ...meta, id, text, numbers });
	}

	const figures: ResolvedFigure[] = [];
	for (const [path, figure] of Object.entries(modules.figures)) {
		if (figure.slug !== baseName(path)) {
			issues.push({ subject: figure.slug, field: 'slug', rule: RULES.shape, problem: `slug must match its file name ${baseName(path)}` });
		}
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(figure.slug)) {
			issues.push({ subject: figure.slug, field: 'slug', rule: RULES.shape, problem: 'slug must be lowercase words joined by hyphens' });
		}
		const article = articles.find((a) => a.id === figure.article);
		if (!article) {
			issues.push({ subject: figure.slug, field: 'article', rule: RULES.shape, problem: `no article named ${JSON.stringify(figure.article)}` });
			continue;
		}
		const resolved = resolveFigure(figure, article.text, issues);
		if (resolved) figures.push(resolved);
	}
	for (const article of articles) {
		for (const [i, n] of article.numbers.entries()) {
			if (n.chart && !figures.some((f) => f.slug === n.chart && f.article === article.id)) {
				issues.push({ subject: `article:${article.id}`, field: `numbers[${i}].chart`, rule: RULES.shape, problem: `no figure ${JSON.stringify(n.chart)} of this article` });
			}
		}
	}
	if (issues.length) throw new ProvenanceError(issues);
	// Reading order: the order the article cites them.
	figures.sort((a, b) => (a.values[0]?.quote?.offset ?? 0) - (b.values[0]?.quote?.offset ?? 0) || a.slug.localeCompare(b.slug));
	return { articles, figures };
}
