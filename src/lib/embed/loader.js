// @ts-nocheck: shipped to host pages as plain script; its behaviour is tested in Chromium (tests/embed*.spec.ts).
/* citecharts embed loader. Include once per page (twice does no harm):
 * <div data-citecharts="{slug}"></div><script async src="{site}/embed.js"></script>
 * It turns its own site's placeholders into iframes and resizes every iframe of its site on the
 * page from the heights its frames post. It trusts a message only from one of those frames, of
 * the right shape, with a finite height, and clamps it to 50-20,000 px.
 * The host page is not ours: element ids and names can shadow globals and `document.x`
 * (DOM clobbering), so state lives in this closure, shared only under a symbol, and document
 * properties are read through Document.prototype. */
(function () {
	'use strict';
	var doc = document;
	var D = Document.prototype;
	var get = function (name) {
		return Object.getOwnPropertyDescriptor(D, name).get.call(doc);
	};
	var all = function (selector) {
		return D.querySelectorAll.call(doc, selector);
	};
	// A placeholder element may be a <form>, whose own properties its fields can shadow too.
	var attr = function (el, name) {
		return Element.prototype.getAttribute.call(el, name);
	};
	var LOADER = /\/embed\.js(?:[?#].*)?$/;
	var siteOf = function (src) {
		return src.replace(LOADER, '');
	};

	// The site is where this script came from, so two citecharts sites on one page stay apart;
	// the address the build was made for serves only when the script cannot name itself.
	var me = get('currentScript');
	var SITE = me instanceof HTMLScriptElement && LOADER.test(me.src) ? siteOf(me.src) : '__SITE__';
	var EMBED = SITE + '/embed/';
	var ORIGIN = new URL(SITE).origin;
	var SLUGS = __SLUGS__;
	var BLOCK = /^(DIV|FIGURE|SECTION|ARTICLE|ASIDE|P)$/;
	var THEMES = { dark: 1, auto: 1 };
	var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

	// One loader per site: a second copy of this site's script hands over to the first.
	var KEY = Symbol.for('citecharts ' + SITE);
	if (typeof window[KEY] === 'function') return window[KEY]();
	window[KEY] = scan;

	function ours(frame) {
		return typeof frame.src === 'string' && frame.src.indexOf(EMBED) === 0;
	}

	function frames() {
		return Array.prototype.filter.call(all('iframe'), ours);
	}

	// A placeholder belongs to the site its data-citecharts-site names; unnamed (the snippet as
	// given), to the loader script that follows it, or else to the last one before it.
	function owner(el) {
		var named = attr(el, 'data-citecharts-site');
		if (named) return named.replace(/\/+$/, '');
		var scripts = all('script[src]');
		var before;
		for (var i = 0; i < scripts.length; i++) {
			if (!LOADER.test(scripts[i].src)) continue;
			if (Node.prototype.compareDocumentPosition.call(el, scripts[i]) & 4) return siteOf(scripts[i].src);
			before = scripts[i];
		}
		return before ? siteOf(before.src) : SITE;
	}

	var refused = new WeakSet();

	// Only an element that can hold a block of content gets a chart; anything else, or a chart
	// this site does not have, is left as the host page wrote it, with one warning.
	function claim(el) {
		if (refused.has(el) || attr(el, 'data-citecharts-ready') !== null || owner(el) !== SITE) return;
		var slug = attr(el, 'data-citecharts');
		var problem = !BLOCK.test(el.tagName) ? 'cannot hold a chart; use a <div>' : SLUGS.indexOf(slug) < 0 ? 'names no chart of ' + SITE : '';
		if (problem) {
			refused.add(el);
			console.warn('citecharts: placeholder "' + slug + '" ' + problem, el);
			return;
		}
		var theme = attr(el, 'data-theme');
		var frame = D.createElement.call(doc, 'iframe');
		frame.src = EMBED + slug + (THEMES[theme] === 1 ? '?theme=' + theme : '');
		frame.title = attr(el, 'data-title') || 'Chart: ' + slug.replace(/-/g, ' ') + ' (citecharts)';
		frame.loading = 'lazy';
		frame.setAttribute('sandbox', SANDBOX);
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = 'display:block;width:100%;max-width:100%;height:480px;border:0;';
		el.setAttribute('data-citecharts-ready', '');
		el.appendChild(frame);
	}

	// Until it loads, a frame holds an about:blank page of the host's origin: a message to it
	// would miss the embed (and the browser would log the mismatch). A frame of another origin,
	// or of ours at its address, has the embed in it.
	function ping(frame) {
		var d = frame.contentDocument;
		if (frame.contentWindow && (!d || d.URL !== 'about:blank')) frame.contentWindow.postMessage({ type: 'citecharts:ping' }, ORIGIN);
	}

	var watched = new WeakSet();

	function scan() {
		Array.prototype.forEach.call(all('[data-citecharts]'), claim);
		frames().forEach(function (frame) {
			if (watched.has(frame)) return;
			watched.add(frame);
			// A frame that loaded before this script posted its height to nobody: ask again, now
			// if it already shows the embed, and after every load.
			frame.addEventListener('load', function () {
				ping(frame);
			});
			ping(frame);
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
		if (frame) frame.style.height = Math.min(20000, Math.max(50, Math.ceil(data.height))) + 'px';
	});

	if (get('readyState') === 'loading') window.addEventListener('DOMContentLoaded', scan);
	else scan();
	new MutationObserver(function (records) {
		for (var i = 0; i < records.length; i++) {
			if (records[i].addedNodes.length) return scan();
		}
	}).observe(get('documentElement'), { childList: true, subtree: true });
})();
