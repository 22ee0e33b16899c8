import type { ChartBox } from '$lib/chart/sizes';

/**
 * The embed's chart box: the frame's width less the page's side padding (14 px each side, in the
 * embed route's CSS), however wide the frame. The route draws in it and the server picks the
 * inline stills' widths for it.
 */
export const EMBED_BOX: ChartBox = { pad: 28, max: 10_000 };
