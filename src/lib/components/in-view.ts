/**
 * Calls back once when an element first scrolls into the viewport. One IntersectionObserver serves
 * every element of the page: the index can hold hundreds of stills.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function shared(): IntersectionObserver {
	observer ??= new IntersectionObserver((entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			waiting.get(entry.target)?.();
			waiting.delete(entry.target);
			observer?.unobserve(entry.target);
		}
	});
	return observer;
}

/** A Svelte attachment: `{@attach inView(() => (shown = true))}`. */
export const inView = (onVisible: () => void) => (element: Element) => {
	waiting.set(element, onVisible);
	shared().observe(element);
	return () => {
		waiting.delete(element);
		observer?.unobserve(element);
	};
};
