// @ts-check
/* The index page's only script, served as /index.js (routes/index.js/+server.ts) to a page that
 * SvelteKit does not hydrate: the prerendered HTML already holds every entry, so the page carries
 * no data that grows with the number of charts. It filters the entries by their `data-words` as
 * the reader types in the filter box (in the HTML, shown only where scripting is), and swaps each
 * still's placeholder for the <picture> in the <noscript> beside it once it scrolls into view.
 * matchesQuery is imported by the server side too (index-entries.ts), so the filter and its unit
 * tests read one function. */

/**
 * Whether an entry holds every word of the query (any order, any case).
 * @param {string} words the entry's lower-case words
 * @param {string} query what the reader typed
 */
export function matchesQuery(words, query) {
	return query
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => words.includes(word));
}

/**
 * The status line under the filter box.
 * @param {number} shown
 * @param {number} total
 */
export const countLine = (shown, total) => (shown === total ? `${total} articles` : `${shown} of ${total} articles`);

/** @param {string} query */
export const noneLine = (query) => `No article, chart or poll matches “${query}”.`;

/**
 * Runs the index page: call once, after the document is parsed (a module script is).
 * @param {Document} doc
 */
export function startIndex(doc) {
	const list = doc.querySelector('[data-index-entries]');
	const filter = doc.querySelector('[data-index-filter]');
	if (list && filter) startFilter(list, filter, doc.querySelector('[data-none]'));
	startStills(doc);
}

/**
 * @param {Element} list the entries' parent
 * @param {Element} filter the filter box and its status line
 * @param {Element | null} none the "no match" line
 */
function startFilter(list, filter, none) {
	/** @type {HTMLElement[]} */
	const entries = [...list.querySelectorAll('[data-words]')].filter((e) => e instanceof HTMLElement);
	const input = filter.querySelector('input[type="search"]');
	const count = filter.querySelector('[role="status"]');
	if (!(input instanceof HTMLInputElement) || !count || !(none instanceof HTMLElement)) return;
	const update = () => {
		const shown = entries.filter((e) => matchesQuery(e.dataset.words ?? '', input.value));
		// Entries that do not match leave the page, as they did when Svelte rendered the list.
		list.replaceChildren(...shown);
		count.textContent = countLine(shown.length, entries.length);
		none.textContent = noneLine(input.value);
		none.hidden = shown.length > 0;
	};
	input.addEventListener('input', update);
	// A query typed before the script arrived, or restored by the browser's back button.
	if (input.value) update();
}

/**
 * One IntersectionObserver for every still: the index can hold hundreds. A placeholder keeps the
 * picture's box, so nothing moves when it arrives.
 * @param {Document} doc
 */
function startStills(doc) {
	const observer = new IntersectionObserver((seen) => {
		for (const entry of seen) {
			if (!entry.isIntersecting) continue;
			observer.unobserve(entry.target);
			showStill(doc, entry.target);
		}
	});
	for (const placeholder of doc.querySelectorAll('[data-still]')) observer.observe(placeholder);
}

/**
 * With scripting on, a <noscript>'s content is its markup as text: the same picture the page
 * shows without JavaScript, written once.
 * @param {Document} doc
 * @param {Element} placeholder
 */
function showStill(doc, placeholder) {
	const fallback = placeholder.nextElementSibling;
	if (fallback?.localName !== 'noscript') return;
	const picture = doc.createElement('template');
	picture.innerHTML = fallback.textContent ?? '';
	fallback.remove();
	placeholder.replaceWith(picture.content);
}
