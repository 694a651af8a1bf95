import { defineConfig } from 'vite';

/**
 * The web console's build (`npm run web:build`, run by `npm install`): web/ → web/dist, which the gateway
 * serves at `/` (gateway/console.ts). JSX through Vite's own transform (React's automatic runtime); no
 * inline script or style in the output (the gateway's Content-Security-Policy allows none), no source of
 * anything outside this origin.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Inline assets would be data: URLs in a script; files keep the policy simple.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // ECharts apart: only the statistics page loads it.
        manualChunks: (id: string) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'echarts' : undefined),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000', '/dev': 'http://127.0.0.1:4000' },
  },
});
