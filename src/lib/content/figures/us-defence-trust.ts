import type { Figure } from '../types';

export default {
	slug: 'us-defence-trust',
	article: 'japan-turns-from-us',
	title: 'Who believes the U.S. will defend Japan',
	subtitle: 'Share of the Japanese public, as the article states it',
	unit: '%',
	source: { unnamed: 'poll' },
	notReported: [
		'which poll this is',
		'poll date',
		'sample size',
		'question wording',
		'margin of error'
	],
	interpretation: {
		text: 'This means that the trust of the Japanese public in the U.S. has greatly decreased, especially after this tariff storm.'
	},
	values: [
		{
			id: 'defend',
			label: 'believes that the U.S. will defend Japan at critical moments',
			value: 15,
			qualifier: 'exact',
			quote: {
				text: 'only 15% of the public believes that the U.S. will defend Japan at critical moments'
			},
			poll: {
				id: 'asahi-2025-japan-us',
				question: 'us-protect',
				answer: 'yes',
				match: 'inferred',
				why: 'Same figure and question, in the survey the article cites just before; the article names no poll for it.'
			}
		},
		{
			id: 'rest',
			label: 'The rest: did not say so',
			value: 85,
			qualifier: 'derived',
			formula: '100 - defend'
		}
	]
} satisfies Figure;
