import { createHash } from 'node:crypto';

/**
 * An inline script's source as a Content Security Policy allows it (`sha256-…`, as kit's `csp`
 * config takes it; quote it to find it in a page's policy). One place, so the config, the embed's
 * start script and its font boot agree on the form.
 * @param {string} script
 */
export const scriptHash = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;
