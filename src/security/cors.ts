/**
 * CORS for a public, read-only API without cookies: any origin may read unless an allowlist is
 * set, and credentials are never allowed. Yoga's own CORS reflects the caller's origin and allows
 * credentials by default, and answers an unlisted origin with `null` (the origin of sandboxed
 * frames and local files), so it is replaced.
 */
import type { Plugin } from 'graphql-yoga';

/** How long browsers may cache a preflight (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * `allowedOrigins` empty or absent: every origin reads, with `Access-Control-Allow-Origin: *`
 * (which browsers never combine with credentials). Otherwise only the listed origins get CORS
 * headers; others get none, so browsers keep the answer from them.
 */
export function corsPolicy(allowedOrigins: readonly string[] = []) {
  const anyOrigin = allowedOrigins.length === 0;
  return {
    /** The `Access-Control-Allow-Origin` for a request from `origin`, or null for none. */
    allowOrigin: (origin: string | null | undefined) => (anyOrigin ? '*' : origin && allowedOrigins.includes(origin) ? origin : null),
    /** Whether answers differ by origin, and so must say `Vary: Origin`. */
    variesByOrigin: !anyOrigin,
  };
}

export type CorsPolicy = ReturnType<typeof corsPolicy>;

/** Answers preflights and adds the CORS headers of `policy` to every response. */
export function useCors({ allowOrigin, variesByOrigin }: CorsPolicy): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      const headers = new fetchAPI.Headers({ 'Content-Length': '0' });
      if (allowOrigin(request.headers.get('origin'))) {
        headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        // No header grants anything here (there are no credentials), so any may be sent.
        const requested = request.headers.get('access-control-request-headers');
        if (requested) headers.set('Access-Control-Allow-Headers', requested);
        headers.set('Vary', 'Access-Control-Request-Headers');
        headers.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      const origin = allowOrigin(request.headers.get('origin'));
      if (origin) response.headers.set('Access-Control-Allow-Origin', origin);
      if (variesByOrigin) response.headers.append('Vary', 'Origin');
    },
  };
}
