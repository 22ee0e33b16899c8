/**
 * What each line of an article file is (headline, subhead, caption, URL line, disclaimer or body
 * text), checked against the text once when the catalogue loads, so pages and data files can
 * trust the line numbers an article module gives.
 */
import type { Article } from '$lib/content/types';
import { RULES, type Report } from './rules';

export type LineRole = 'headline' | 'subhead' | 'caption' | 'url' | 'disclaimer' | 'text';

/** One line of the article, by its 1-based number, and its text verbatim. */
export interface ArticleLine {
	line: number;
	text: string;
}

type LineFields = Pick<Article, 'headlineLine' | 'subheads' | 'captionLines' | 'urlLine' | 'disclaimerLine'>;

/** Every line the module names, with its field, in the order a reader meets the fields. */
function namedLines(meta: LineFields): { field: string; line: number; role: Exclude<LineRole, 'text'> }[] {
	const one = (field: 'headlineLine' | 'urlLine' | 'disclaimerLine', role: 'headline' | 'url' | 'disclaimer') =>
		meta[field] === null ? [] : [{ field, line: meta[field], role }];
	return [
		...one('headlineLine', 'headline'),
		...meta.subheads.map((line, i) => ({ field: `subheads[${i}]`, line, role: 'subhead' as const })),
		...meta.captionLines.map((line, i) => ({ field: `captionLines[${i}]`, line, role: 'caption' as const })),
		...one('urlLine', 'url'),
		...one('disclaimerLine', 'disclaimer')
	];
}

/** The role of each named line; a line not named is body text. */
export function lineRoles(meta: LineFields): (line: number) => LineRole {
	const roles = new Map(namedLines(meta).map((n) => [n.line, n.role]));
	return (line) => roles.get(line) ?? 'text';
}

/**
 * Checks the module's line numbers against the text (rule 8): each inside the file, on a line
 * with words, at most one role per line, and the URL line holding `url`.
 */
export function checkArticleLines(meta: LineFields & Pick<Article, 'url'>, lines: readonly string[], report: Report): void {
	const before = new Map<number, string>();
	for (const { field, line, role } of namedLines(meta)) {
		const problem =
			line > lines.length
				? `line ${line} is outside 1-${lines.length}`
				: !lines[line - 1]?.trim()
					? `line ${line} is empty: a ${role} line holds words`
					: before.has(line)
						? `line ${line} is already ${before.get(line)}: one line has one role`
						: null;
		if (problem) report(field, RULES.shape, problem);
		else before.set(line, field);
	}
	// A misplaced URL line says enough: the URL is not also checked against the wrong line.
	const urlLine = meta.urlLine !== null && before.get(meta.urlLine) === 'urlLine' ? lines[meta.urlLine - 1] : undefined;
	if (urlLine !== undefined && !urlLine.includes(meta.url)) {
		report('url', RULES.shape, `${JSON.stringify(meta.url)} is not the URL on line ${meta.urlLine} (${JSON.stringify(urlLine.slice(0, 120))})`);
	}
}

/** The headline and disclaimer lines verbatim, or null where the module says the text has none. */
export function articleLines(meta: LineFields, lines: readonly string[]): { headline: ArticleLine | null; disclaimer: ArticleLine | null } {
	const at = (line: number | null) => (line === null ? null : { line, text: lines[line - 1] ?? '' });
	return { headline: at(meta.headlineLine), disclaimer: at(meta.disclaimerLine) };
}
