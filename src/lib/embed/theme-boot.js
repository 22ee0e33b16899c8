// Runs in the embed's <head> before first paint, so a dark embed never flashes light. Its
// SHA-256 is allowed in the Content Security Policy (svelte.config.js): edit both together.
export const THEME_BOOT =
	"(function(){var t=new URLSearchParams(location.search).get('theme');document.documentElement.setAttribute('data-theme',t==='dark'?'dark':t==='auto'?'':'light')})()";
