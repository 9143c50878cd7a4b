/** Assembles the schema: imports every type file (each registers itself) and builds it. */
import { builder } from '../builder.js';
import './scalars.js';
import './values.js';
import './article.js';
import './actor.js';
import './actor-link.js';
import './statement.js';
import './event.js';
import './weapon-system.js';
import './place.js';
import './external-ids.js';
import './search.js';
import './timeline.js';

builder.queryType({ description: 'The entry points of the escalation-graph API.' });

export const schema = builder.toSchema({ sortSchema: true });
