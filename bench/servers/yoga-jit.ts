/** Default Yoga with graphql-jit as its only change: what JIT buys without our other plugins. */
import { createServer } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { createContext } from '../../src/context.js';
import { schema } from '../../src/schema/index.js';
import { dataset, host, port } from './common.js';

createServer(createYoga({ schema, context: () => createContext(dataset), plugins: [useGraphQlJit()] })).listen(port, host);
