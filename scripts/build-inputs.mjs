/** Everything `vite build` reads besides node_modules: copy these to build the project elsewhere. */
export const BUILD_INPUTS = ['src', 'static', 'scripts/compress.mjs', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];
