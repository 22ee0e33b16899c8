// The prerendered index already holds every entry, and hydrating it would send them all a second
// time as page data, growing with every chart. Its one small script is /index.js (lib/index-page.js).
export const csr = false;
