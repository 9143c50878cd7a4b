/**
 * Who is linked to whom, and by which words, worked out from the seed article's JSON on its own
 * (not with the server's code): the expectations of the relations, links and paths tests.
 */
import { resolveSelector } from '../src/data/evidence.js';
import { firstKnownDay, folded, raw, type RawDate } from './seed.js';

type Selector = { exact: string; prefix?: string; suffix?: string };

/** The identity of a quote: where in the body it resolves. */
export function spanKey(selector: Selector): string {
  const resolved = resolveSelector(raw.body, selector);
  if (!resolved.ok) throw new Error(resolved.reason);
  return `${resolved.start}:${resolved.end}`;
}

/** One undirected connection between two actors with the evidence that supports it. */
interface Connection {
  a: string;
  b: string;
  spans: string[];
  event?: string;
}

const actorsRaw = raw.actors as (typeof raw.actors[number] & { affiliationEvidence?: Selector[] })[];
const eventsRaw = raw.events as (typeof raw.events[number] & { evidence: Selector[] })[];

/** Every connection the JSON implies: affiliations in words, shared events, statements about actors, relaying. */
export function connections(): Connection[] {
  const found: Connection[] = [];
  for (const actor of actorsRaw) {
    if (actor.affiliation && actor.affiliationEvidence?.length) {
      found.push({ a: actor.slug, b: actor.affiliation, spans: actor.affiliationEvidence.map(spanKey) });
    }
  }
  for (const event of eventsRaw) {
    const actors = [...new Set(event.participants.map((p) => p.actor))];
    for (const a of actors) for (const b of actors) if (a < b) found.push({ a, b, spans: event.evidence.map(spanKey), event: event.slug });
  }
  for (const statement of raw.statements) {
    const spans = statement.evidence.map(spanKey);
    for (const ref of statement.about) {
      const [kind, slug] = ref.split(':');
      if (kind === 'actor' && slug !== statement.speaker) found.push({ a: statement.speaker, b: slug, spans });
    }
    for (const reporter of statement.reportedBy) if (reporter !== statement.speaker) found.push({ a: reporter, b: statement.speaker, spans });
  }
  return found;
}

const chronological = (a: { date: RawDate; slug: string }, b: { date: RawDate; slug: string }) => {
  const [x, y] = [firstKnownDay(a.date) ?? '', firstKnownDay(b.date) ?? ''];
  return x < y ? -1 : x > y ? 1 : a.slug < b.slug ? -1 : 1;
};

/** The expected relations of `slug`: each linked actor, weight = distinct spans, shared events; by weight then name. */
export function expectedRelations(slug: string) {
  const byOther = new Map<string, { spans: Set<string>; events: Set<string> }>();
  for (const c of connections()) {
    if (c.a !== slug && c.b !== slug) continue;
    const other = c.a === slug ? c.b : c.a;
    const entry = byOther.get(other) ?? { spans: new Set<string>(), events: new Set<string>() };
    for (const span of c.spans) entry.spans.add(span);
    if (c.event) entry.events.add(c.event);
    byOther.set(other, entry);
  }
  const name = (s: string) => folded(raw.actors.find((a) => a.slug === s)!.name);
  return [...byOther]
    .map(([other, { spans, events }]) => ({
      slug: other,
      weight: spans.size,
      events: eventsRaw.filter((e) => events.has(e.slug)).sort(chronological).map((e) => e.slug),
    }))
    .sort((x, y) => y.weight - x.weight || (name(x.slug) < name(y.slug) ? -1 : name(x.slug) > name(y.slug) ? 1 : x.slug < y.slug ? -1 : 1));
}
