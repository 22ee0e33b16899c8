// The full text is static: nothing on it needs JavaScript, and hydrating it would send the whole
// article to the browser a second time as page data (4.7 MB for a 1 MB article).
export const csr = false;
