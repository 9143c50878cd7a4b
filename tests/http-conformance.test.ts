/**
 * GraphQL-over-HTTP conformance: graphql-http's `serverAudits` against the real server (the
 * listener `main.ts` serves: the fast lane in front of Yoga) on 127.0.0.1 only. Every audit,
 * MUST, SHOULD and MAY, must pass; the tally per requirement level is printed at the end.
 */
import { serverAudits, type AuditRequirement } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen } from './security-helpers.js';

let origin = '';
let listener: Awaited<ReturnType<typeof listen>>['server'];

beforeAll(async () => {
  ({ origin, server: listener } = await listen(createApi({ dataset, explorer: false }).listener));
});

afterAll(async () => {
  await close(listener);
  const line = (['MUST', 'SHOULD', 'MAY'] as const).map((level) => `${level} ${tally[level].passed}/${tally[level].run}`).join(', ');
  console.log(`graphql-http server audits passed: ${line}`);
});

const tally: Record<AuditRequirement, { run: number; passed: number }> = {
  MUST: { run: 0, passed: 0 },
  SHOULD: { run: 0, passed: 0 },
  MAY: { run: 0, passed: 0 },
};

describe('graphql-http server audits', () => {
  // The URL is read when each audit runs, after the listener has its port.
  for (const audit of serverAudits({ url: () => `${origin}/graphql`, fetchFn: fetch })) {
    it(`${audit.name} (${audit.id})`, async () => {
      const level = audit.name.split(' ')[0] as AuditRequirement;
      const result = await audit.fn();
      tally[level].run++;
      if (result.status === 'ok') tally[level].passed++;
      expect(result.status, result.status === 'ok' ? '' : `${result.reason}: ${JSON.stringify(result.response)}`).toBe('ok');
    });
  }
});
