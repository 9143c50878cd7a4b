/**
 * Hardening for the public endpoint: the Yoga options and plugins that enforce every limit in
 * limits.ts. `createServer` spreads `securityOptions(…)` into `createYoga`.
 */
import type { YogaServerOptions } from 'graphql-yoga';
import { useArmor } from './armor.js';
import { useClientErrorStatus } from './client-errors.js';
import { useContentTypeCheck } from './content-type.js';
import { corsPolicy, useCors } from './cors.js';
import { EXECUTION_TIMEOUT_MS, MAX_REQUEST_BODY_BYTES, MAX_TOKENS } from './limits.js';
import { maskedErrors, useErrorHygiene } from './masking.js';
import { useOperationLimits, type ListSizes } from './operation-limits.js';
import { useKnownOperationTypes } from './operation-types.js';
import { useExecutionTimeout } from './timeout.js';
import { useTokenLimit } from './tokens.js';
import { useVariableShape } from './variables.js';

export interface SecurityConfig {
  /** Origins browsers may read the API from; empty or absent means any origin. */
  corsOrigins?: readonly string[];
  /** Execution time-out in ms (default EXECUTION_TIMEOUT_MS); tests shorten it. */
  executionTimeoutMs?: number;
  /** What the cost limit prices plain lists at (default: the default page size). */
  listSizes?: ListSizes;
}

/** The Yoga options that harden the server. */
export function securityOptions({ corsOrigins, executionTimeoutMs = EXECUTION_TIMEOUT_MS, listSizes = {} }: SecurityConfig = {}) {
  return {
    // Yoga's CORS reflects any origin with credentials; ours replaces it (see cors.ts).
    cors: false,
    // One operation per request: a batch would multiply every other limit.
    batching: false,
    // No file uploads here, so no multipart parser to feed.
    multipart: false,
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    maskedErrors,
    plugins: [
      useCors(corsPolicy(corsOrigins)),
      useContentTypeCheck(),
      useTokenLimit(MAX_TOKENS),
      useVariableShape(),
      useKnownOperationTypes(),
      useArmor(),
      useOperationLimits(listSizes),
      useExecutionTimeout(executionTimeoutMs),
      useClientErrorStatus(),
      useErrorHygiene(),
    ],
  } satisfies Partial<YogaServerOptions<object, object>>;
}
