/**
 * `npm run draft`: what the reader and the text give for a new article, written as content
 * modules marked `draft: true`. The build skips drafts, so a fresh draft never breaks it; an
 * editor checks each module and removes the mark.
 */
import { ArticleText } from './quote';
import { draftValues } from './draft-kinds';
import type { Mention } from './reader';

/** What an article id must look like; `npm run draft` checks it before writing anything. */
export { SLUG_PATTERN } from './schema';

export interface DraftFiles {
	/** The article's metadata module, `articles/{id}.ts`. */
	article: string;
	/** One figure module per sentence that holds shares, `figures/{slug}.ts`. */
	figures: { slug: string; module: string }[];
	/** What the editor must check, in words. */
	notes: string[];
}

const URL_LINE = /(https?:\/\/[^\s"'<>]+)/;
const js = (value: unknown) => JSON.stringify(value);
const indent = (lines: string[], depth: number) => lines.map((l) => `${'\t'.repeat(depth)}${l}`).join('\n');

/**
 * A line short and unpunctuated enough to be a heading (or a photo caption, which looks the same):
 * at most 12 words and 100 characters, ending without a stop, colon or comma, and not a URL line.
 */
const looksLikeHeading = (line: string) =>
	line.trim() !== '' && line.length <= 100 && line.trim().split(/\s+/).length <= 12 && !/[.!?:;,。！？：；，]\s*$/.test(line) && !URL_LINE.test(line);

export function draftArticle(id: string, text: string): DraftFiles {
	const article = new ArticleText(text);
	const lines = text.split('\n');
	const urlIndex = lines.findIndex((l) => URL_LINE.test(l) && l.trim().length < 300 && !/[.!?]\s/.test(l));
	const url = urlIndex >= 0 ? (URL_LINE.exec(lines[urlIndex] ?? '')?.[1] ?? '') : '';
	const disclaimerIndex = lines.findIndex((l) => /^\s*disclaimer\b/i.test(l));
	let outlet = '';
	try {
		outlet = url ? new URL(url).hostname.replace(/^www\./, '') : '';
	} catch {
		outlet = '';
	}
	const notes: string[] = [];
	if (!url) notes.push('no URL line found: fill in url (where the article was read); urlLine stays null');
	if (disclaimerIndex < 0) notes.push('no disclaimer line found: disclaimerLine is null (none is shown)');
	// Only line 1 can be the headline, and only when more text follows: anything else is left to the editor.
	const headline = lines.length > 1 && urlIndex !== 0 && disclaimerIndex !== 0 && looksLikeHeading(lines[0] ?? '') ? 1 : null;
	if (headline) notes.push(`line 1 looks like a headline: headlineLine is 1; check it is not a photo caption`);
	const short = lines.flatMap((l, i) => (i + 1 !== headline && i !== urlIndex && i !== disclaimerIndex && looksLikeHeading(l) ? [i + 1] : []));
	if (short.length) notes.push(`short unpunctuated line${short.length === 1 ? '' : 's'} ${short.join(', ')}: list each under subheads or captionLines`);

	const others = article.mentions.filter((m) => m.unit === 'other');
	const firstSentence = article.sentences[0] ? text.slice(article.sentences[0].offset, article.sentences[0].offset + Math.min(article.sentences[0].length, 90)) : id;
	const articleModule = `import type { Article } from '$lib/content/types';

// Drafted by npm run draft: check every field, then remove draft: true.
export default {
	draft: true,
	title: ${js(`${firstSentence}`)},
	outlet: ${js(outlet)},
	url: ${js(url)},
	author: null,
	date: null,
	kind: 'news',
	headlineLine: ${headline},
	subheads: [],
	captionLines: [],
	urlLine: ${urlIndex < 0 ? null : urlIndex + 1},
	disclaimerLine: ${disclaimerIndex < 0 ? null : disclaimerIndex + 1},
	// Numbers the reader could not classify: keep each that is no figure, with its reason.
	notFigures: [
${indent(others.map((m) => `{ text: ${js(text.slice(m.offset, m.offset + m.length))}, occurrence: ${occurrenceOf(text, m)}, reason: 'idiom' }, // check: ${js(article.sentenceAround(m).text.slice(0, 80))}`), 2)}
	]
} satisfies Article;
`;

	const figures: DraftFiles['figures'] = [];
	for (const sentence of article.sentences) {
		const shares = article.mentionsIn(sentence).filter((m) => m.unit === '%');
		if (!shares.length) continue;
		const slug = `${id}-${figures.length + 1}`;
		const quote = text.slice(sentence.offset, sentence.offset + sentence.length);
		const occurrence = countBefore(text, quote, sentence.offset) + 1;
		const drafted = draftValues(text, article, sentence, `{ text: ${js(quote)}${occurrence > 1 ? `, occurrence: ${occurrence}` : ''} }`);
		figures.push({
			slug,
			module: `import type { Figure } from '$lib/content/types';

// Drafted by npm run draft from one sentence: check the title, labels and source, then remove draft: true.${drafted.comment ? `\n// ${drafted.comment}` : ''}
export default {
	slug: ${js(slug)},
	article: ${js(id)},
	draft: true,
	kind: '${drafted.kind}',
	title: ${js(`Draft: ${quote.slice(0, 70)}`)},
	subtitle: 'Share, as the article reports it',
	unit: '%',
	source: { unnamed: 'poll' },
	notReported: ['poll date', 'sample size', 'question wording', 'margin of error'],${drafted.waves ? `\n\twaves: ${drafted.waves},` : ''}
	values: [
${indent(drafted.values.map((v) => `${v},`), 2)}
	]
} satisfies Figure;
`
		});
	}
	notes.push(`${figures.length} figure draft${figures.length === 1 ? '' : 's'}, ${others.length} number${others.length === 1 ? '' : 's'} to classify`);
	return { article: articleModule, figures, notes };
}

function countBefore(text: string, needle: string, offset: number): number {
	let count = 0;
	for (let at = text.indexOf(needle); at !== -1 && at < offset; at = text.indexOf(needle, at + 1)) count++;
	return count;
}

const occurrenceOf = (text: string, m: Mention) => countBefore(text, text.slice(m.offset, m.offset + m.length), m.offset) + 1;
