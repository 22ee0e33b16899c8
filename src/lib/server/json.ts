import { attribution, citationText } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';

/** A value as data files carry it: a plain number, its qualifier, and its quote or formula. */
export function valueJson(v: ResolvedValue) {
	return {
		id: v.id,
		label: v.label,
		value: v.value,
		...(v.high === undefined ? {} : { high: v.high }),
		unit: v.unit,
		...(v.noun === undefined ? {} : { noun: v.noun }),
		...(v.currency === undefined ? {} : { currency: v.currency }),
		...(v.wave === undefined ? {} : { wave: v.wave }),
		qualifier: v.qualifier,
		approximate: v.shown !== 'exact',
		quote: v.quote
			? { text: v.quote.text, offset: v.quote.offset, length: v.quote.length, paragraph: v.quote.paragraph, occurrence: v.quote.occurrence, sentence: v.quote.sentence.text }
			: null,
		formula: v.formula,
		...(v.check
			? {
					check: {
						poll: v.check.poll,
						question: v.check.question,
						answer: v.check.answer,
						match: v.check.match,
						pollValue: v.check.pollValue,
						verdict: v.check.verdict,
						difference: v.check.difference
					}
				}
			: {})
	};
}

export function articleJson(article: ResolvedArticle) {
	return {
		id: article.id,
		title: article.title,
		titleBy: article.headline ? "citecharts (the article's own headline is under headline)" : 'citecharts (the text has no headline)',
		headline: article.headline?.text ?? null,
		kind: article.kind,
		outlet: article.outlet,
		url: article.url,
		author: article.author,
		date: article.date,
		disclaimer: article.disclaimer?.text ?? null
	};
}

/** A figure as JSON, with the URLs it is published at. */
export function figureJson(figure: ResolvedFigure, article: ResolvedArticle, urls: Record<string, string>) {
	return {
		slug: figure.slug,
		kind: figure.kind ?? 'parts',
		title: figure.title,
		subtitle: figure.subtitle,
		article: figure.article,
		source: 'name' in figure.source ? figure.source.name : null,
		attribution: attribution(figure, article),
		notReported: figure.notReported,
		...(figure.waves ? { waves: figure.waves } : {}),
		values: figure.values.map(valueJson),
		citation: { text: citationText(figure, article, urls.page ?? ''), article: articleJson(article) },
		urls
	};
}
