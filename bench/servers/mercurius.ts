/** The peer users pick for speed: Mercurius on Fastify, compiling queries with graphql-jit. */
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { createContext } from '../../src/context.js';
import { schema } from '../../src/schema/index.js';
import { dataset, host, port } from './common.js';

const app = Fastify();
// jit: 1 compiles an operation with graphql-jit from its second request on.
await app.register(mercurius, { schema, context: () => createContext(dataset), jit: 1 });
await app.listen({ port, host });
