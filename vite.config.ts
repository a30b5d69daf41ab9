import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { appGateNames, placeScript, scriptHash, themeScript } from './scripts/first-screen/gate.ts';
import { firstScreen } from './scripts/first-screen/plugin.ts';

// The page's two inline scripts: the theme at once (head), and the still first screen (body).
const GATE_NAMES = appGateNames(
  readFileSync(new URL('./public/data/index.json', import.meta.url), 'utf8'),
);
const THEME_SCRIPT = themeScript(GATE_NAMES);
const PLACE_SCRIPT = placeScript(GATE_NAMES);

// Everything the app loads comes from its own origin; the two inline scripts are named by hash.
// Styles set through the DOM (React's style prop) are not inline style sheets, so style-src needs
// no 'unsafe-inline'.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(THEME_SCRIPT)} ${scriptHash(PLACE_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Only the built app gets the policy: the dev server injects inline scripts of its own.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'reviewscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      // Under the policy and the charset, before the body: nothing is drawn before it runs.
      { tag: 'script', children: THEME_SCRIPT, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstScreen({
      css: fileURLToPath(new URL('./src/app/theme.css', import.meta.url)),
      place: PLACE_SCRIPT,
    }),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Reviewscope',
        short_name: 'Reviewscope',
        description:
          "Read a film's user reviews: sort, filter, search, and keep spoilers out of sight.",
        theme_color: '#8a4b00',
        background_color: '#f6f5f2',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        globIgnores: ['bench-data/**'],
        navigateFallback: 'index.html',
        // Take over the open page at once, so it works offline without a second visit.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  // Every browser the app runs in (it needs ES2022 and ArrayBuffer.transfer) has modulepreload:
  // no polyfill for it in the first bundle.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/testing/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
    // Typing with user-event in jsdom is slow on a busy 2-core machine; the default 5 s is too tight.
    testTimeout: 20_000,
  },
});
