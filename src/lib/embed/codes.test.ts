import { describe, expect, it } from 'vitest';
import { iframeCode, imageCode, markdownCode, scriptCode, type EmbedTarget } from './codes';

const target: EmbedTarget = {
	slug: 'ferry-survey',
	title: 'Ferry "poll" <1>',
	description: 'Bar chart [a] (b)',
	height: 520,
	urls: {
		page: 'http://s/charts/ferry-survey',
		png: 'http://s/charts/ferry-survey.png',
		embed: 'http://s/embed/ferry-survey',
		loader: 'http://s/embed.js'
	}
};

describe('embed codes', () => {
	it('gives DESIGN.md script snippet exactly: placeholder, then loader', () => {
		expect(scriptCode(target)).toBe('<div data-citecharts="ferry-survey"></div><script async src="http://s/embed.js"></script>');
	});

	it('escapes attribute values in the iframe', () => {
		expect(iframeCode(target)).toBe(
			'<iframe src="http://s/embed/ferry-survey" title="Ferry &quot;poll&quot; &lt;1&gt;" width="100%" height="520" loading="lazy" style="border:0;width:100%;max-width:100%;" scrolling="no"></iframe>'
		);
	});

	it('links the image to the chart page with the generated alt text', () => {
		expect(imageCode(target)).toContain('alt="Bar chart [a] (b)"');
		expect(markdownCode(target)).toBe('[![Bar chart \\[a\\] \\(b\\)](http://s/charts/ferry-survey.png)](http://s/charts/ferry-survey)');
	});
});
