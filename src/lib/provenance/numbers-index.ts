import type { NotFigure } from '$lib/content/types';
import type { ArticleText } from './quote';
import { publicMention, type Mention } from './reader';
import type { IndexedNumber, SetAsideNumber } from './resolved';
import { RULES, type Report } from './rules';

/** Classes the reader sets aside itself: a date or an ordinal is never a figure. */
const NEVER_FIGURES = new Set(['date', 'ordinal']);

/**
 * The article's numbers index, generated from the reader (rule 7): every number is charted,
 * listed, or set aside — as a date or ordinal by the reader, or by the article's own `notFigures`
 * with a reason. A number of no known kind that nobody charts or declares fails the build.
 */
export function indexNumbers(
	article: ArticleText,
	notFigures: NotFigure[],
	charted: ReadonlyMap<number, string[]>,
	report: Report
): { numbers: IndexedNumber[]; setAside: SetAsideNumber[] } {
	const declared = new Map<Mention, NotFigure>();
	for (const [i, nf] of notFigures.entries()) {
		const field = `notFigures[${i}]`;
		const located = article.locate(nf);
		if (!located.ok) {
			report(field, RULES.quote, located.problem);
			continue;
		}
		const inside = article.mentionsIn(located.quote);
		const [only] = inside;
		if (inside.length !== 1 || !only) {
			report(field, RULES.index, `${JSON.stringify(nf.text)} holds ${inside.length} numbers; quote the words around exactly one`);
		} else if (charted.has(only.offset)) {
			report(field, RULES.index, `${JSON.stringify(only.text)} is charted by ${charted.get(only.offset)?.join(', ')}; it cannot also be declared not a figure`);
		} else declared.set(only, nf);
	}

	const numbers: IndexedNumber[] = [];
	const setAside: SetAsideNumber[] = [];
	for (const m of article.mentions) {
		const charts = charted.get(m.offset) ?? [];
		const nf = declared.get(m);
		if (nf || (NEVER_FIGURES.has(m.unit) && !charts.length)) {
			setAside.push({ number: publicMention(m), reason: nf?.reason ?? (m.unit as 'date' | 'ordinal') });
			continue;
		}
		const paragraph = article.paragraphOf(m.offset);
		if (m.unit === 'other' && !charts.length) {
			const sentence = article.sentenceAround(m).text;
			report('notFigures', RULES.index, `${JSON.stringify(m.text)} in paragraph ${paragraph} (${JSON.stringify(sentence.length > 90 ? `${sentence.slice(0, 87)}...` : sentence)}) is a number of no known kind: chart it, or declare it in notFigures with a reason`);
			continue;
		}
		numbers.push({ number: publicMention(m), paragraph, sentence: article.sentenceAround(m), charts });
	}
	return { numbers, setAside };
}

/** One sentence of the index and the numbers it holds, each told once. */
export interface IndexSentence {
	/** 1-based paragraph (line) of the file. */
	paragraph: number;
	text: string;
	numbers: (Omit<IndexedNumber['number'], 'length'> & { charts: string[] })[];
}

/**
 * The index as pages show it: each sentence once with its numbers, in reading order. A page's
 * data is sent to the browser too; a sentence repeated for each of its numbers made a long
 * article's dashboard many times the article's size.
 */
export function indexBySentence(numbers: readonly IndexedNumber[]): IndexSentence[] {
	const sentences: IndexSentence[] = [];
	let lastOffset = -1;
	for (const { number, paragraph, sentence, charts } of numbers) {
		const { length: _length, ...shown } = number;
		if (sentence.offset !== lastOffset) sentences.push({ paragraph, text: sentence.text, numbers: [] });
		lastOffset = sentence.offset;
		sentences.at(-1)!.numbers.push({ ...shown, charts });
	}
	return sentences;
}
