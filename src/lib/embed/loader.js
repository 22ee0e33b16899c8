// @ts-nocheck: shipped verbatim to host pages as plain ES5; its behaviour is tested in Chromium (tests/embed.spec.ts).
/* citecharts embed loader. Include once per page (twice does no harm):
 * <div data-citecharts="{slug}"></div><script async src="{site}/embed.js"></script>
 * It turns placeholders into iframes and resizes every citecharts iframe on the page from the
 * heights its frames post. It trusts a message only from one of those frames, of the right
 * shape, with a finite height, and clamps it to 50-20,000 px. */
(function () {
	'use strict';
	var EMBED = '__EMBED_BASE__';
	var ORIGIN = new URL(EMBED).origin;
	var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var THEMES = { light: 1, dark: 1, auto: 1 };

	if (window.__citechartsLoader) {
		window.__citechartsLoader.scan();
		return;
	}

	function ours(frame) {
		return typeof frame.src === 'string' && frame.src.indexOf(EMBED) === 0;
	}

	function frames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), ours);
	}

	function build(placeholder) {
		var slug = placeholder.getAttribute('data-citecharts');
		placeholder.setAttribute('data-citecharts-ready', '');
		if (!SLUG.test(slug || '')) {
			console.warn('citecharts: ignoring placeholder with invalid chart name', slug);
			return;
		}
		var theme = placeholder.getAttribute('data-theme');
		var frame = document.createElement('iframe');
		frame.src = EMBED + slug + (theme && THEMES[theme] && theme !== 'light' ? '?theme=' + theme : '');
		frame.title = placeholder.getAttribute('data-title') || 'Chart: ' + slug.replace(/-/g, ' ') + ' (citecharts)';
		frame.loading = 'lazy';
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = 'display:block;width:100%;max-width:100%;height:480px;border:0;';
		placeholder.appendChild(frame);
	}

	var seen = typeof WeakSet === 'function' ? new WeakSet() : { has: function () { return false; }, add: function () {} };

	function scan() {
		var waiting = document.querySelectorAll('[data-citecharts]:not([data-citecharts-ready])');
		Array.prototype.forEach.call(waiting, build);
		frames().forEach(function (frame) {
			if (seen.has(frame)) return;
			seen.add(frame);
			// A frame that loaded before the loader arrived posted its height to nobody: ask again.
			if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'citecharts:ping' }, ORIGIN);
		});
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== ORIGIN) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'citecharts:height' || typeof data.slug !== 'string') return;
		if (typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frame = frames().filter(function (f) {
			return f.contentWindow === event.source;
		})[0];
		if (!frame) return;
		frame.style.height = Math.min(20000, Math.max(50, Math.ceil(data.height))) + 'px';
	});

	window.__citechartsLoader = { scan: scan };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
	if (typeof MutationObserver === 'function') {
		new MutationObserver(function (records) {
			for (var i = 0; i < records.length; i++) {
				if (records[i].addedNodes.length) return scan();
			}
		}).observe(document.documentElement, { childList: true, subtree: true });
	}
})();
