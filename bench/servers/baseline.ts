/** The baseline: default Yoga on node:http serving the same Pothos schema, with no optimisation. */
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createContext } from '../../src/context.js';
import { schema } from '../../src/schema/index.js';
import { dataset, host, port } from './common.js';

createServer(createYoga({ schema, context: () => createContext(dataset) })).listen(port, host);
