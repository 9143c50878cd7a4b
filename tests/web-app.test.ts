/**
 * The web client's static serving under /app, through `yoga.fetch` over a stand-in build: content
 * types, cache headers, the single-page-app fallback for deep links, refused traversal, and the
 * 503 page when there is no build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { dataset, serve } from './helpers.js';

const sandbox = mkdtempSync(path.join(tmpdir(), 'web-app-'));
const build = path.join(sandbox, 'web');
const INDEX = '<!doctype html><title>app</title><div id="root"></div>';
const SCRIPT = 'console.log("app");';
const SECRET = 'not for the web';
mkdirSync(path.join(build, 'assets'), { recursive: true });
writeFileSync(path.join(build, 'index.html'), INDEX);
writeFileSync(path.join(build, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
writeFileSync(path.join(build, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(path.join(sandbox, 'secret.txt'), SECRET);

const yoga = serve({ dataset, explorer: false, webAppDir: build });

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const get = (pathname: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${pathname}`, init);

describe('the web client under /app', () => {
  it('answers /app and /app/ with index.html, revalidated on every load, under a strict CSP', async () => {
    for (const pathname of ['/app', '/app/', '/app/index.html']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('answers deep links with index.html, so a shared URL reloads into its view', async () => {
    for (const pathname of ['/app/timeline?actor=kim-jong-un&type=WEAPONS_TEST', '/app/network', '/app/evidence/statement/ready-for-real-war', '/app/search?q=nuclear']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets with their type and a year-long immutable cache', async () => {
    const response = await get('/app/assets/index-Ab12Cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-length')).toBe(String(SCRIPT.length));
    expect(await response.text()).toBe(SCRIPT);
  });

  it('serves unhashed files with their type, revalidated', async () => {
    const response = await get('/app/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing asset with 404, never with the HTML of the app', async () => {
    for (const pathname of ['/app/assets/index-gone.js', '/app/assets/', '/app/missing.png']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.headers.get('content-type'), pathname).toBe('text/plain; charset=utf-8');
    }
  });

  it('refuses every path that leads out of the build folder', async () => {
    for (const pathname of [
      '/app/..%2fsecret.txt',
      '/app/%2e%2e%2fsecret.txt',
      '/app/assets/..%2f..%2fsecret.txt',
      '/app/%2e%2e/secret.txt',
      '/app/../secret.txt',
      `/app/${encodeURIComponent(path.join(sandbox, 'secret.txt'))}`,
      '/app/%00',
      '/app/%E0%A4%A',
    ]) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).not.toContain(SECRET);
    }
  });

  it('answers HEAD with the headers alone, and refuses other methods', async () => {
    const head = await get('/app/assets/index-Ab12Cd34.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(SCRIPT.length));
    expect(await head.text()).toBe('');
    const post = await get('/app', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('explains how to build the client when there is no build, and leaves the API alone', async () => {
    const unbuilt = serve({ dataset, explorer: false, webAppDir: path.join(sandbox, 'no-build') });
    const response = await unbuilt.fetch('http://localhost/app/timeline');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('npm run web:build');
    const api = await unbuilt.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(slug: "kim-jong-un") { name } }' }),
    });
    expect(await api.json()).toEqual({ data: { actor: { name: 'Kim Jong Un' } } });
  });

  it('is not served at all when the server is given no build folder', async () => {
    const response = await serve({ dataset, explorer: false }).fetch('http://localhost/app');
    expect(response.status).toBe(404);
  });
});
