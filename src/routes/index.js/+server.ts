import source from '$lib/index-page.js?raw';
import { scriptResponse } from '$lib/server/script-response';

export const prerender = true;

/** The index page's script (lib/index-page.js), started on the document it is loaded into. */
export const GET = () => scriptResponse('index.js', `${source}\nstartIndex(document);\n`);
