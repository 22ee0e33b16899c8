import type { Article } from '../types';

export default {
	title: 'Japan turns from the U.S. toward China and Southeast Asia (an opinion piece)',
	outlet: 'Toutiao',
	url: 'https://www.toutiao.com/article/7498662856213283355/',
	author: null,
	date: null,
	kind: 'opinion',
	captionLines: [2, 6, 10, 13],
	urlLine: 16,
	disclaimerLine: 17,
	numbers: [
		{ quote: { text: 'three waves of delegations', occurrence: 1 }, value: 3, unit: 'waves' },
		{ quote: { text: 'Within just two weeks' }, value: 2, unit: 'weeks' },
		{ quote: { text: 'after three months' }, value: 3, unit: 'months' },
		{ quote: { text: '23%' }, value: 23, unit: '%', chart: 'china-trade-share' },
		{ quote: { text: 'nearly 70%' }, value: 70, unit: '%', chart: 'asahi-poll' },
		{ quote: { text: 'only 20%' }, value: 20, unit: '%', chart: 'asahi-poll' },
		{ quote: { text: 'only 15%' }, value: 15, unit: '%', chart: 'us-defence-trust' }
	]
} satisfies Article;
