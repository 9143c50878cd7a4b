/**
 * Exports by URL (`/export/<table>.<format>`) over a real listener on 127.0.0.1: each holds
 * exactly the rows the GraphQL list counts for the same filter, filters are named and checked as
 * in the GraphQL filter inputs, bad parameters get a 400 with a code, answers carry the API's
 * CORS, request id and an ETag, and pandas and GDAL read them by URL without options.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen, post, send, viaListener, type Fetch } from './security-helpers.js';
import { raw } from './seed.js';

let origin: string;
let via: Fetch;
let stop: () => Promise<void>;
beforeAll(async () => {
  const started = await listen(createApi({ dataset, explorer: false }).listener);
  origin = started.origin;
  via = viaListener(origin);
  stop = () => close(started.server);
});
afterAll(() => stop());

const get = (path: string, headers: Record<string, string> = {}) => send(path, { headers }, via);

/** The rows of a CSV answer: header and records, parsed per RFC 4180 (quotes, doubled quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

/** `totalCount` of a GraphQL list for a filter. */
async function totalCount(field: string, filterType: string, filter: Record<string, unknown>): Promise<number> {
  const answer = await post({ query: `query ($filter: ${filterType}) { ${field}(filter: $filter) { totalCount } }`, variables: { filter } }, {}, via);
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data[field].totalCount;
}

const kcna = Buffer.from('Actor:kcna').toString('base64url');
const russia = Buffer.from('Place:russia').toString('base64url');

const CASES = [
  { table: 'events', field: 'events', filterType: 'EventFilter', search: '', filter: {} },
  { table: 'events', field: 'events', filterType: 'EventFilter', search: '?types=WEAPONS_TEST&from=2024-01-01', filter: { types: ['WEAPONS_TEST'], from: '2024-01-01' } },
  { table: 'events', field: 'events', filterType: 'EventFilter', search: '?types=TROOP_DEPLOYMENT,ARMS_TRANSFER&types=AGREEMENT', filter: { types: ['TROOP_DEPLOYMENT', 'ARMS_TRANSFER', 'AGREEMENT'] } },
  { table: 'events', field: 'events', filterType: 'EventFilter', search: '?from=2024-08-01&to=2024-08-31&dateMatch=WITHIN', filter: { from: '2024-08-01', to: '2024-08-31', dateMatch: 'WITHIN' } },
  { table: 'statements', field: 'statements', filterType: 'StatementFilter', search: '', filter: {} },
  { table: 'statements', field: 'statements', filterType: 'StatementFilter', search: `?reportedByIds=${kcna}&kinds=DIRECT_QUOTE,PARTIAL_QUOTE`, filter: { reportedByIds: [kcna], kinds: ['DIRECT_QUOTE', 'PARTIAL_QUOTE'] } },
  { table: 'actor-links', field: 'actorLinks', filterType: 'ActorLinkFilter', search: '', filter: {} },
  { table: 'actor-links', field: 'actorLinks', filterType: 'ActorLinkFilter', search: `?kinds=RELAYS&actorIds=${kcna}`, filter: { kinds: ['RELAYS'], actorIds: [kcna] } },
  { table: 'places', field: 'places', filterType: 'PlaceFilter', search: '', filter: {} },
  { table: 'places', field: 'places', filterType: 'PlaceFilter', search: `?countryIds=${russia}`, filter: { countryIds: [russia] } },
];

describe('exports hold exactly the rows the GraphQL list counts for the same filter', () => {
  it.each(CASES)('CSV of $table $search', async ({ table, field, filterType, search, filter }) => {
    const expected = await totalCount(field, filterType, filter);
    const answer = await get(`/export/${table}.csv${search}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const rows = parseCsv(answer.text);
    expect(rows.length - 1).toBe(expected);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
  });

  it.each(CASES)('JSON Lines of $table $search', async ({ table, field, filterType, search, filter }) => {
    const answer = await get(`/export/${table}.jsonl${search}`);
    expect(answer.status).toBe(200);
    const lines = answer.text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines.length).toBe(await totalCount(field, filterType, filter));
  });

  it('places.geojson: a FeatureCollection of every place, [longitude, latitude], null where no point is known', async () => {
    const answer = await get('/export/places.geojson');
    expect(answer.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(answer.body.type).toBe('FeatureCollection');
    expect(answer.body.features.length).toBe(raw.places.length);
    const pyongyang = answer.body.features.find((f: any) => f.properties.slug === 'pyongyang');
    expect(pyongyang.geometry).toEqual({ type: 'Point', coordinates: [pyongyang.properties.longitude, pyongyang.properties.latitude] });
    expect(pyongyang.properties.longitude).toBeGreaterThan(pyongyang.properties.latitude); // 125.7°E, 39.0°N
    const facility = answer.body.features.find((f: any) => f.properties.slug === 'nuclear-material-production-facility');
    expect(facility.geometry).toBeNull();
  });
});

describe('export columns', () => {
  it('events.csv: global id, slug, the date as start/end/precision/EDTF, actor slugs with Wikidata ids, first evidence and article', async () => {
    const [header, ...rows] = parseCsv((await get('/export/events.csv?types=TROOP_DEPLOYMENT')).text);
    for (const column of ['id', 'slug', 'date_start', 'date_end', 'date_precision', 'date_edtf', 'actor_slugs', 'actor_wikidata', 'evidence_exact', 'evidence_start', 'evidence_end', 'article_slug', 'article_url']) {
      expect(header).toContain(column);
    }
    const row = Object.fromEntries(header.map((column, i) => [column, rows[0][i]]));
    expect(row.slug).toBe('troop-deployment-to-russia');
    expect(Buffer.from(row.id, 'base64url').toString()).toBe('Event:troop-deployment-to-russia');
    expect([row.date_start, row.date_end, row.date_precision, row.date_edtf]).toEqual(['2024-01-01', '2024-12-31', 'YEAR', '2024']);
    expect(row.actor_slugs.split(';')).toEqual(['north-korea', 'russia', 'north-korean-military']);
    expect(row.actor_wikidata.split(';')).toEqual(['Q423', 'Q159', '']);
    expect(raw.body.slice(Number(row.evidence_start), Number(row.evidence_end))).toBe(row.evidence_exact);
    expect(row.article_slug).toBe(raw.article.slug);
  });

  it('statements.csv keeps quotes and commas inside a field', async () => {
    const [header, ...rows] = parseCsv((await get('/export/statements.csv')).text);
    const texts = rows.map((row) => row[header.indexOf('text')]);
    expect(texts).toContain(raw.statements.find((s) => s.slug === 'nuclear-counteraction-posture-indefinitely')!.text);
  });
});

describe('exports share the API\'s front door', () => {
  it('CORS, a request id, an ETag that a revalidation answers with 304, HEAD without a body', async () => {
    const first = await get('/export/events.csv', { origin: 'https://analyst.example' });
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('x-request-id')).toBeTruthy();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}(?:-(?:br|gzip))?"$/);
    expect((await get('/export/events.csv', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/export/events.csv?types=WEAPONS_TEST')).headers.get('etag')).not.toBe(etag);
    const head = await send('/export/events.csv', { method: 'HEAD' }, via);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it.each([
    ['an unknown value of an enum', '/export/events.csv?types=NOPE', 'types'],
    ['an impossible date', '/export/events.csv?from=2024-02-30', 'from'],
    ['a reversed window', '/export/events.csv?from=2025-01-01&to=2024-01-01', 'from'],
    ['an unknown parameter', '/export/statements.csv?colour=red', 'colour'],
    ['a repeated single-valued parameter', '/export/events.csv?from=2024-01-01&from=2025-01-01', 'from'],
    ['an id of the wrong type', `/export/statements.jsonl?speakerIds=${russia}`, 'speakerIds'],
    ['text too long', `/export/places.geojson?text=${'x'.repeat(300)}`, 'text'],
    ['an unknown link kind', '/export/actor-links.csv?kinds=FRIENDS', 'kinds'],
    ['a list over the limit', `/export/events.csv?types=${Array(101).fill('WEAPONS_TEST').join(',')}`, 'types'],
  ])('%s: 400 with code BAD_USER_INPUT naming the parameter', async (_name, path, parameter) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
  });

  it('an unknown export or format is a 404 with a code; other methods a 405', async () => {
    for (const path of ['/export/people.csv', '/export/events.xlsx', '/export/statements.geojson']) {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await send('/export/events.csv', { method: 'POST', body: '{}' }, via)).status).toBe(405);
  });
});

describe('analysts\' tools read the exports by URL, without options', () => {
  // Asynchronous: the server answering these tools runs in this same process.
  const run = promisify(execFile);
  const python = async (code: string) => (await run('/usr/bin/python3', ['-c', code], { encoding: 'utf8' })).stdout.trim();

  it.each(['events', 'statements', 'actor-links', 'places'])('pandas read_csv: %s.csv', async (table) => {
    const expected = parseCsv((await get(`/export/${table}.csv`)).text);
    const shape = await python(`import pandas; df = pandas.read_csv("${origin}/export/${table}.csv"); print(df.shape[0], df.shape[1], ",".join(df.columns))`);
    expect(shape).toBe(`${expected.length - 1} ${expected[0].length} ${expected[0].join(',')}`);
  });

  it('pandas read_json(lines=True): actor-links.jsonl', async () => {
    const rows = await python(`import pandas; print(len(pandas.read_json("${origin}/export/actor-links.jsonl", lines=True)))`);
    expect(Number(rows)).toBe(await totalCount('actorLinks', 'ActorLinkFilter', {}));
  });

  it.each([
    ['places.geojson', 'GeoJSON', raw.places.length],
    ['events.csv', 'CSV', raw.events.length],
  ])('GDAL ogrinfo: %s', async (file, driver, count) => {
    const info = (await run('ogrinfo', ['-ro', '-so', '-al', `${origin}/export/${file}`], { encoding: 'utf8' })).stdout;
    expect(info).toContain(`using driver \`${driver}' successful`);
    expect(info).toContain(`Feature Count: ${count}`);
  });
});
