import type { Poll } from '../poll';

// Facts read from reports of the survey; the labels are our paraphrases of the English reports.
const all = ['asahi-en', 'xinhua', 'asiae', 'get'];

export default {
	id: 'asahi-2025-japan-us',
	title: 'The Asahi Shimbun’s 2025 mail survey on Japan and the United States',
	release: {
		available: false,
		note: 'The Asahi Shimbun’s own pages on the survey could not be read. Every fact here comes from a published report of the survey, not from the poll’s release.'
	},
	sources: [
		{
			id: 'asahi-en',
			publisher: 'The Asahi Shimbun, English edition (republished by daily8.com)',
			title: 'Survey: 77% doubt U.S. will protect Japan in military crisis',
			date: '2025-04-28',
			url: 'https://www.daily8.com/en/article/c294ea85356b73722cc7a023951283c4'
		},
		{
			id: 'xinhua',
			publisher: 'Xinhua (via Big News Network)',
			title: '68 pct of Japanese favor more independent diplomacy from U.S.: poll',
			date: '2025-04-27',
			url: 'https://bignewsnetwork.com/news/278188772/68-pct-of-japanese-favor-more-independent-diplomacy-from-us-poll'
		},
		{
			id: 'asiae',
			publisher: 'Asia Economy (with Yonhap)',
			title: '77% of Japanese Say ‘US Will Not Protect Japan’',
			date: '2025-04-27',
			url: 'https://cm.asiae.co.kr/en/article/2025042711583960909'
		},
		{
			id: 'get',
			publisher: 'Global Economic Times',
			title: 'Low Confidence in US Defense of Japan Amid Shifting Diplomatic Views: Asahi Poll',
			date: '2025-04-28',
			url: 'https://globaleconomictimes.kr/article/1065585223087498'
		}
	],
	sponsor: { value: 'The Asahi Shimbun', sources: ['asahi-en', 'xinhua', 'asiae'] },
	pollster: { value: 'The Asahi Shimbun (the sponsor ran it itself)', sources: ['asahi-en', 'xinhua', 'asiae'] },
	mode: { value: 'Questionnaire sent by post, nationwide', sources: ['asahi-en', 'asiae', 'get'] },
	population: { value: 'Voters throughout Japan', sources: ['asahi-en', 'xinhua'] },
	fieldwork: {
		value: { text: 'late February to early April 2025 (the days are not reported)', from: '2025-02', to: '2025-04' },
		sources: ['asahi-en', 'asiae']
	},
	recruitment: { value: 'Chosen at random', sources: ['asahi-en', 'xinhua'] },
	sampleDrawn: { value: 3000, sources: ['asahi-en', 'xinhua'] },
	validResponses: { value: 1899, sources: all },
	responseRate: { value: 63, sources: ['asahi-en', 'xinhua'] },
	weighting: null,
	marginOfError: null,
	published: [
		{ value: { date: '2025-04-27', edition: 'Japanese edition' }, sources: ['asiae', 'xinhua'] },
		{ value: { date: '2025-04-28', edition: 'English edition' }, sources: ['asahi-en'] }
	],
	context: [
		{
			value: 'Earlier surveys, run with other methods, had found no more than just under 60% doubting that the U.S. would protect Japan; the results are not directly comparable.',
			sources: ['asahi-en']
		}
	],
	questions: [
		{
			id: 'diplomacy-us',
			question: { text: 'How should Japan conduct its diplomacy toward the U.S.?', wording: 'paraphrased' },
			sources: all,
			answers: [
				{ id: 'independent', label: { text: 'As independently as possible', wording: 'paraphrased' }, value: 68, sources: all },
				{ id: 'follow', label: { text: 'Following U.S. wishes as far as possible', wording: 'paraphrased' }, value: 24, sources: all }
			]
		},
		{
			id: 'us-protect',
			question: { text: 'Would the U.S. really protect Japan in an emergency?', wording: 'paraphrased' },
			sources: all,
			answers: [
				{ id: 'yes', label: { text: 'Yes, it would', wording: 'paraphrased' }, value: 15, sources: all },
				{ id: 'no', label: { text: 'No, I do not think so', wording: 'paraphrased' }, value: 77, sources: all }
			]
		},
		{
			id: 'rely-peace',
			question: { text: 'Can the world rely on the U.S. to keep the peace?', wording: 'paraphrased' },
			sources: ['asahi-en'],
			answers: [
				{ id: 'great', label: { text: 'A great deal', wording: 'paraphrased' }, value: 3, sources: ['asahi-en'] },
				{ id: 'some', label: { text: 'Somewhat', wording: 'paraphrased' }, value: 40, sources: ['asahi-en'] },
				{ id: 'not-much', label: { text: 'Not much', wording: 'paraphrased' }, value: 48, sources: ['asahi-en'] },
				{ id: 'not-at-all', label: { text: 'Not at all', wording: 'paraphrased' }, value: 6, sources: ['asahi-en'] }
			]
		},
		{
			id: 'shift-asia',
			question: {
				text: 'Should Japan move from diplomacy centred on the U.S. toward putting cooperation with Asian countries, China among them, first?',
				wording: 'paraphrased'
			},
			sources: ['get'],
			answers: [
				{ id: 'for', label: { text: 'In favour', wording: 'paraphrased' }, value: 16, sources: ['get'] },
				{ id: 'against', label: { text: 'Against', wording: 'paraphrased' }, value: 66, sources: ['get', 'asahi-en'] }
			]
		},
		{
			id: 'democracy-model',
			question: { text: 'Is American democracy a model for other countries?', wording: 'paraphrased' },
			sources: ['xinhua'],
			answers: [
				{ id: 'yes', label: { text: 'Yes', wording: 'paraphrased' }, value: 43, sources: ['xinhua'] },
				{ id: 'no', label: { text: 'No', wording: 'paraphrased' }, value: 54, sources: ['xinhua'] }
			]
		}
	]
} satisfies Poll;
