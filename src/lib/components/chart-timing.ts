/** Element Timing entries (Chromium); not yet in TypeScript's DOM types. */
interface ElementTiming extends PerformanceEntry {
	identifier: string;
	renderTime: number;
	loadTime: number;
}

/**
 * Sets `performance.mark('chart-rendered')` at the moment the chart's still (image or inline SVG) was painted
 * (Element Timing reports it even when the script runs later), once per chart.
 */
export function markChartOnScreen(stills: HTMLElement, slug: string): () => void {
	let marked = false;
	const mark = (startTime: number) => {
		if (marked) return;
		marked = true;
		performance.mark('chart-rendered', { startTime, detail: slug });
	};
	if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
		const shown = [...stills.querySelectorAll('img')].find((img) => img.offsetParent !== null);
		// Inline SVG stills came with the HTML: they are on screen by the time this runs.
		if (shown?.complete || (!shown && stills.querySelector('svg'))) mark(performance.now());
		else shown?.addEventListener('load', () => mark(performance.now()), { once: true });
		return () => {};
	}
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as ElementTiming[]) {
			if (entry.identifier === `chart-${slug}`) mark(entry.renderTime || entry.loadTime);
		}
	});
	observer.observe({ type: 'element', buffered: true });
	return () => observer.disconnect();
}
