// Fictional content for the scale bench (scripts/bench-scale.mjs): N charts over ceil(N/10)
// articles, each article a headline, paragraphs of varied wording (so compressed sizes are those of
// real text, not of one sentence repeated) and a URL line. Deterministic: a seeded generator, so two
// runs build the same site. Every number is a share the figures chart, so the honesty rules pass.

const TOWNS = ['Alderport', 'Bramford', 'Cresthaven', 'Dunmere', 'Eastwick', 'Fenbridge', 'Glenrow', 'Harlow Bay', 'Ivydale', 'Juniper Falls', 'Kestrel Point', 'Larkmoor', 'Millbrook', 'Northcove', 'Oakhurst', 'Pinecrest', 'Quarry Hill', 'Ravenford', 'Saltmarsh', 'Thornbury'];
const GROUPS = ['residents', 'commuters', 'shop owners', 'parents', 'students', 'retirees', 'farmers', 'nurses', 'teachers', 'drivers', 'cyclists', 'renters', 'homeowners', 'fishers', 'voters'];
const TOPICS = ['new harbour wall', 'night bus', 'library extension', 'tram line', 'market hall', 'river crossing', 'school meals plan', 'parking charge', 'bike lanes', 'ferry timetable', 'park curfew', 'water tariff'];
const VERBS = ['supported', 'opposed', 'welcomed', 'questioned', 'backed', 'doubted'];
const OUTLETS = ['Alderport Courier', 'Coastal Ledger', 'Valley Post', 'Harbour Times', 'Northern Herald', 'County Review'];
const SUBJECTS = ['The council', 'A spokesperson', 'Local campaigners', "The mayor's office", 'Critics', 'Supporters', 'The planning committee', 'Business groups', 'Opposition members', 'A neighbourhood forum'];
const SAID = ['argued', 'warned', 'suggested', 'insisted', 'noted', 'claimed', 'conceded', 'repeated'];
const CLAUSES = ['the plan needed more scrutiny', 'costs were rising faster than expected', 'the consultation had been rushed', 'the scheme would ease congestion', 'local traders were worried', 'a decision was expected before winter', 'the budget left little room', 'neighbouring towns had tried something similar', 'the survey should be repeated', 'the wording of the question mattered', 'older residents felt overlooked', 'the figures surprised nobody'];
const TAILS = ['', ' at a crowded meeting', ' in a written statement', ' during a heated debate', ' after months of delay', ' on local radio', ' outside the town hall'];
const KINDS = ['news', 'opinion', 'analysis'];

/** mulberry32: a small seeded generator, so the bench builds the same site every run. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** `{ articles: [{ id, text, module }], figures: [{ slug, module }] }`, modules as plain objects. */
export function scaleContent(charts) {
	const rand = random(charts);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	const articles = [];
	const figures = [];
	for (let a = 0; a * 10 < charts; a++) {
		const id = `bench-a${a + 1}`;
		const town = TOWNS[a % TOWNS.length];
		const lines = [`${town} weighs its ${TOPICS[a % TOPICS.length]} and more, as ${pick(GROUPS)} take sides`];
		const subheads = [];
		for (let k = 0; k < 10 && a * 10 + k < charts; k++) {
			const i = a * 10 + k;
			// Town, group and topic together make each sentence unique, so every quote is found once.
			const [group, topic, verb] = [GROUPS[Math.floor(i / TOWNS.length) % GROUPS.length], TOPICS[i % TOPICS.length], pick(VERBS)];
			const yes = 20 + Math.floor(rand() * 50);
			let no = 5 + Math.floor(rand() * (90 - yes));
			if (no === yes) no++; // two equal shares in one quote would leave `cites` ambiguous
			const sentence = `In ${TOWNS[(a + k) % TOWNS.length]}, ${yes}% of ${group} said they ${verb} the ${topic}, while ${no}% said they did not.`;
			const filler = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `${pick(SUBJECTS)} ${pick(SAID)} that ${pick(CLAUSES)}${pick(TAILS)}.`);
			if (k === 5) {
				lines.push(`What ${pick(GROUPS)} in ${town} say`);
				subheads.push(lines.length);
			}
			lines.push(`${sentence} ${filler.join(' ')}`);
			const quote = { text: sentence };
			figures.push({
				slug: `${id}-f${k + 1}`,
				module: {
					slug: `${id}-f${k + 1}`, article: id, title: `${cap(topic)}: ${group} in ${TOWNS[(a + k) % TOWNS.length]}`, subtitle: `Share of ${group}`, unit: '%',
					source: { unnamed: 'poll' }, notReported: ['sample size', 'question wording'],
					values: [
						{ id: 'yes', label: `${verb} the ${topic}`, value: yes, qualifier: 'exact', quote, cites: `${yes}%` },
						{ id: 'no', label: 'did not', value: no, qualifier: 'exact', quote, cites: `${no}%` },
						{ id: 'rest', label: 'The rest: not reported', value: 100 - yes - no, qualifier: 'derived', formula: '100 - yes - no' }
					]
				}
			});
		}
		const url = `https://bench.example/${id}`;
		lines.push(`Original article: ${url}`);
		const month = String((a % 12) + 1).padStart(2, '0');
		articles.push({
			id,
			text: lines.join('\n'),
			module: {
				title: `${cap(TOPICS[a % TOPICS.length])} and other questions in ${town} (benchmark ${a + 1})`, outlet: OUTLETS[a % OUTLETS.length], url,
				author: null, date: `2030-${month}-${String((a % 28) + 1).padStart(2, '0')}`, kind: KINDS[a % KINDS.length],
				headlineLine: 1, subheads, captionLines: [], urlLine: lines.length, disclaimerLine: null, notFigures: []
			}
		});
	}
	return { articles, figures };
}
