import type { Article } from '../types';

export default {
	title: 'Japan turns from the U.S. toward China and Southeast Asia (an opinion piece)',
	outlet: 'Toutiao',
	url: 'https://www.toutiao.com/article/7498662856213283355/',
	author: null,
	date: null,
	kind: 'opinion',
	headlineLine: null,
	subheads: [],
	captionLines: [2, 6, 10, 13],
	urlLine: 16,
	disclaimerLine: 17,
	// Every other number is charted or listed in the numbers index, which the reader generates.
	notFigures: [
		{ text: 'one after another', reason: 'idiom' },
		{ text: 'one reason', reason: 'idiom' }
	]
} satisfies Article;
