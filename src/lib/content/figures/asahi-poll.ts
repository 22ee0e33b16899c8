import type { Figure } from '../types';

export default {
	slug: 'asahi-poll',
	article: 'japan-turns-from-us',
	title: 'Asahi Shimbun poll: stance toward the U.S.',
	subtitle: 'Share of Japanese people, as the article reports the poll',
	unit: '%',
	source: { name: 'Asahi Shimbun poll' },
	notReported: ['poll date', 'sample size', 'question wording', 'margin of error'],
	interpretation: {
		text: "This indicates that the Japanese public also recognizes that Japan's current foreign policy is overly dependent on the U.S. government."
	},
	values: [
		{
			id: 'independent',
			label: 'Japan should adopt a more independent stance towards the U.S.',
			value: 70,
			qualifier: 'approx',
			quote: {
				text: 'nearly 70% of Japanese people believe that Japan should adopt a more independent stance towards the U.S.'
			},
			poll: { id: 'asahi-2025-japan-us', question: 'diplomacy-us', answer: 'independent', match: 'named' }
		},
		{
			id: 'obey',
			label: 'choose to "obey the U.S."',
			value: 20,
			qualifier: 'exact',
			quote: { text: 'only 20% of people choose to "obey the U.S."' },
			poll: { id: 'asahi-2025-japan-us', question: 'diplomacy-us', answer: 'follow', match: 'named' }
		},
		{
			id: 'rest',
			label: 'The rest: not reported in the article',
			value: 10,
			qualifier: 'derived',
			formula: '100 - independent - obey'
		}
	]
} satisfies Figure;
