import type { Poll } from '$lib/content/poll';
import type { Article, Figure } from '$lib/content/types';
import { validatePolls } from '$lib/polls/validate';
import { articleLines, checkArticleLines } from './article-lines';
import { indexNumbers } from './numbers-index';
import { ArticleText } from './quote';
import { DEFAULT_LANG } from '$lib/lang';
import { ProvenanceError, type ProvenanceIssue, type ResolvedArticle, type ResolvedFigure } from './resolved';
import { RULES, resolveFigure, type Report } from './rules';
import { articleSchema, checkShape, figureSchema, SLUG_PATTERN } from './schema';

/** Content as `import.meta.glob` hands it over: module path → default export, unchecked. */
export interface ContentModules {
	articles: Record<string, unknown>;
	texts: Record<string, string>;
	figures: Record<string, unknown>;
	polls?: Record<string, unknown>;
}

export interface Catalogue {
	articles: ResolvedArticle[];
	figures: ResolvedFigure[];
	polls: Poll[];
	/** Files marked `draft: true`, skipped until an editor confirms them. */
	drafts: string[];
}

const baseName = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const fileName = (path: string) => path.replace(/^\/+/, '');
const isDraft = (module: unknown) => typeof module === 'object' && module !== null && (module as { draft?: unknown }).draft === true;
const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));

/**
 * Checks every article and figure once (shape, then the honesty rules) and returns them
 * resolved. Throws a ProvenanceError listing every problem, one message each, so one build
 * reports all of them; a module whose shape is wrong is not checked further, and nothing that
 * depends on it reports again.
 */
export function buildCatalogue(modules: ContentModules): Catalogue {
	const issues: ProvenanceIssue[] = [];
	const reporter = (file: string): Report => (field, rule, problem) => issues.push({ file: fileName(file), field, rule, problem });
	// Poll records check themselves (src/lib/polls/validate.ts); their messages name file, field and rule.
	const { polls, problems: pollProblems } = validatePolls(modules.polls ?? {});
	// Figures linking a rejected record are not checked against it: its own messages say enough.
	const rejectedPolls = new Set(Object.keys(modules.polls ?? {}).map(baseName).filter((id) => !polls.some((p) => p.id === id)));
	for (const line of pollProblems) {
		const [file = '', field = '', ...rest] = line.split(': ');
		issues.push({ file, field, rule: RULES.shape, problem: rest.join(': ') });
	}
	const texts = new Map(Object.entries(modules.texts).map(([p, t]) => [baseName(p), t]));
	const drafts: string[] = [];
	const articles = new Map<string, { meta: Article; text: ArticleText; file: string }>();
	/** Articles that exist but failed their own checks: their figures are not checked against them. */
	const unusable = new Set<string>();
	const draftArticles = new Set<string>();

	for (const [path, module] of sorted(modules.articles)) {
		const id = baseName(path);
		const report = reporter(path);
		if (isDraft(module)) {
			drafts.push(fileName(path));
			draftArticles.add(id);
			continue;
		}
		const shape = checkShape(articleSchema, module);
		const text = texts.get(id);
		if (!SLUG_PATTERN.test(id)) report('(file name)', RULES.shape, `article id ${JSON.stringify(id)} must be lowercase words joined by hyphens`);
		if (text === undefined) report('(file name)', RULES.shape, `no ${id}.txt beside ${path}`);
		if (!shape.ok) shape.problems.forEach((p) => report(p.field, RULES.shape, p.problem));
		if (!shape.ok || text === undefined || !SLUG_PATTERN.test(id)) {
			unusable.add(id);
			continue;
		}
		const meta = shape.data as Article;
		checkArticleLines(meta, text.split('\n'), report);
		articles.set(id, { meta, text: new ArticleText(text), file: path });
	}

	const figures: ResolvedFigure[] = [];
	const charted = new Map<string, Map<number, string[]>>();
	for (const [path, module] of sorted(modules.figures)) {
		const report = reporter(path);
		if (isDraft(module)) {
			drafts.push(fileName(path));
			continue;
		}
		const shape = checkShape(figureSchema, module);
		if (!shape.ok) {
			shape.problems.forEach((p) => report(p.field, RULES.shape, p.problem));
			continue;
		}
		const figure = shape.data as Figure;
		if (figure.slug !== baseName(path)) report('slug', RULES.shape, `slug ${JSON.stringify(figure.slug)} must match its file name ${baseName(path)}`);
		const article = articles.get(figure.article);
		if (!article) {
			if (draftArticles.has(figure.article)) report('article', RULES.shape, `article ${JSON.stringify(figure.article)} is a draft; confirm it before its figures`);
			else if (!unusable.has(figure.article)) report('article', RULES.shape, `no article named ${JSON.stringify(figure.article)}`);
			continue;
		}
		const resolved = resolveFigure(figure, article.text, report, polls, rejectedPolls);
		if (!resolved) continue;
		figures.push({ ...resolved, lang: article.meta.lang ?? DEFAULT_LANG });
		const cited = charted.get(figure.article) ?? new Map<number, string[]>();
		charted.set(figure.article, cited);
		for (const n of resolved.values.flatMap((v) => (v.quote?.number ? [v.quote.number] : []))) {
			cited.set(n.offset, [...new Set([...(cited.get(n.offset) ?? []), figure.slug])]);
		}
	}

	const resolvedArticles: ResolvedArticle[] = [];
	for (const [id, { meta, text, file }] of articles) {
		const { numbers, setAside } = indexNumbers(text, meta.notFigures, charted.get(id) ?? new Map(), reporter(file));
		const { notFigures: _notFigures, draft: _draft, ...rest } = meta;
		resolvedArticles.push({ ...rest, lang: meta.lang ?? DEFAULT_LANG, id, text: text.text, ...articleLines(meta, text.text.split('\n')), numbers, setAside });
	}
	if (issues.length) throw new ProvenanceError(issues);
	// Reading order: article by article, each in the order it cites them.
	const firstQuote = (f: ResolvedFigure) => f.values.find((v) => v.quote)?.quote?.offset ?? 0;
	figures.sort((a, b) => a.article.localeCompare(b.article) || firstQuote(a) - firstQuote(b) || a.slug.localeCompare(b.slug));
	return { articles: resolvedArticles, figures, polls, drafts };
}
