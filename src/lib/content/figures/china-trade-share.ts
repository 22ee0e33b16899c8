import type { Figure } from '../types';

export default {
	slug: 'china-trade-share',
	article: 'japan-turns-from-us',
	title: "China's share of Japan's total trade volume",
	subtitle: "Share of Japan's total trade volume, as the article states it",
	unit: '%',
	source: { unnamed: 'trade data source' },
	notReported: ['the year of the figure', 'whether it counts goods only or goods and services'],
	interpretation: {
		text: 'If forced to "decouple", its pillar industries such as automobiles and electronics will suffer severe damage.'
	},
	values: [
		{
			id: 'china',
			label: "Japan's trade with China",
			value: 23,
			qualifier: 'exact',
			quote: { text: "Japan's trade with China accounts for 23% of its total trade volume" }
		},
		{
			id: 'rest',
			label: 'The rest of the world',
			value: 77,
			qualifier: 'derived',
			formula: '100 - china'
		}
	]
} satisfies Figure;
