// Runs in the embed's <head>: adds the faces whose subsets the page carries (FACES_ID, written by
// inlineStills.ts) to document.fonts. A face made from bytes is loaded at once, so the first layout
// is already in Inter, with no request and no preload: Chromium holds the first paint for a
// preloaded font (60-100 ms in npm run bench), and never matches a data: URI preload to its face.
// Its SHA-256 is allowed in the Content Security Policy (svelte.config.js).

/** The id of the JSON data block: [[family, weight, style, unicode-range, base64 WOFF2], ...]. */
export const FACES_ID = 'citecharts-faces';

export const FONT_BOOT =
	"(function(){var e=document.getElementById('" +
	FACES_ID +
	"');if(!e||!window.FontFace)return;JSON.parse(e.textContent).forEach(function(f){var b=atob(f[4]),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);document.fonts.add(new FontFace(f[0],a,{weight:String(f[1]),style:f[2],unicodeRange:f[3]}))})})()";
