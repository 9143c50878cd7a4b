/**
 * Every limit the public endpoint enforces, in one place, each with the reason for its value.
 * The dashboard query of the security tests (articles → statements → speaker → participations →
 * event → date/location) is the yardstick: depth 11, cost about 7,000, 52 tokens. It imports nothing:
 * the schema states these numbers in the descriptions of what they bound, and security/ checks
 * each of them once, before execution, on every request path.
 */

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Largest `first` or `last` a client may ask for: a page of 100 with some twenty fields stays cheap. */
export const MAX_PAGE_SIZE = 100;

/** Request body cap in bytes (HTTP 413 above it): the largest real operation is a few kB. */
export const MAX_REQUEST_BODY_BYTES = 100_000;

/**
 * Lexical tokens per document: the full introspection query has 184, the dashboard 52; 1,000
 * leaves room for big hand-written queries while keeping parse and validation under a millisecond.
 */
export const MAX_TOKENS = 1_000;

/**
 * Field nesting, fragments flattened, introspection's `__schema` aside: the dashboard needs 11,
 * the deepest query we know (the web client's deepest needs 7). Each pass through a connection
 * takes three levels (`statements { edges { node`), so the dashboard shape cannot go one hop
 * further through actor ↔ statement.
 */
export const MAX_DEPTH = 11;

/** Aliased fields per operation: enough to compare a dozen entities side by side. */
export const MAX_ALIASES = 15;

/** Directives per operation: enough to toggle every field of a big query with @include/@skip. */
export const MAX_DIRECTIVES = 20;

/**
 * Query cost, in fields that may resolve: each field counts 1, times the page size of every
 * connection above it (`first`/`last`, from literals or variables, default 20), the length of an
 * id list, and the real longest length in the data of every plain list above it (an actor's
 * participations: 8 in the seed). The dashboard costs about 7,000 and the examples at most
 * about 10,300 (a full page of 100 events with their weapon systems and evidence); two full pages
 * nested (100 × 100 statements) cost 40,300 and three nested 4,040,300, so 20,000 refuses both.
 * Introspection is priced apart (operation-limits.ts).
 */
export const MAX_COST = 20_000;

/**
 * Longest string argument, ids aside: search and filter text (a sentence or two), which no slug
 * or cursor comes near. A 50 kB string is refused with a 400 before execution.
 */
export const MAX_STRING_ARGUMENT_LENGTH = 256;

/** Longest list argument (id lists in filters, `nodes(ids:)`): the same as a page. */
export const MAX_LIST_ARGUMENT_LENGTH = 100;

/** Longest global id decoded: anything longer cannot be ours, and `node` answers null for it. */
export const MAX_ID_LENGTH = 400;

/** Longest cursor decoded: ours are a position and a slug; anything longer is not a cursor of ours. */
export const MAX_CURSOR_LENGTH = 200;

/**
 * Execution time-out in ms. On a dataset 100 times the seed, the heaviest queries the other limits
 * admit run in tens of milliseconds (a 100-result search in about 0.2 s); a query still running
 * after 3 s is stuck or far heavier than its cost says, and it holds up every other request.
 */
export const EXECUTION_TIMEOUT_MS = 3_000;

/**
 * Nesting of a request's variables (objects and lists): the deepest input of the schema (a filter
 * with a list of ids) needs 3; deeper JSON can only be an attack on whoever walks it.
 */
export const MAX_VARIABLE_DEPTH = 16;

/** Hops of a `connections` path when the client gives none: enough for person → state → state. */
export const DEFAULT_MAX_HOPS = 3;

/**
 * Most hops a `connections` path may span: four already joins two people through their states
 * (person → state → state → person); beyond that almost everything connects to everything and
 * the list says nothing.
 */
export const MAX_HOPS = 4;

/** Most paths one `connections` search lists; longer ones are left out first. */
export const MAX_PATHS = 1_000;

/** Most adjacency entries one path search may step through, a bound on its time whatever the graph. */
export const MAX_STEPS = 200_000;
