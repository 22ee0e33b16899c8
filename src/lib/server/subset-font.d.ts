// subset-font ships no types; this is the part of its API the SVG export uses.
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		noLayoutClosure?: boolean;
		noHinting?: boolean;
		/** Convert only: keep every glyph (the text must then be empty). */
		keepAllGlyphs?: boolean;
		/** Keep only these OpenType layout features (four-letter tags); all of them when left out. */
		keepFeatures?: string[];
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
