/**
 * Typed, evidenced links between actors, derived once at load from what the records already say:
 * affiliations, the roles actors play in the same event, what statements are about and who relays
 * them. The links form a graph kept as adjacency arrays by actor, which relations and path
 * searches read without scanning the dataset.
 */
import type { Actor, Event, Statement, TextSpan } from './model.js';
import type { ParticipantRole } from './records.js';

/** Every kind of link, in the order lists and exports give them. */
export const ACTOR_LINK_KINDS = [
  'AFFILIATION',
  'SENDER_RECIPIENT',
  'DEPLOYED_FORCE_RECIPIENT',
  'VISITOR_HOST',
  'SIGNATORIES',
  'MEETING_PARTIES',
  'COMBATANTS',
  'CO_PARTICIPANTS',
  'SPEAKS_ABOUT',
  'RELAYS',
] as const;

export type ActorLinkKind = (typeof ACTOR_LINK_KINDS)[number];

/** A kind's bit in a set of kinds (see kindMask). */
const KIND_BIT = new Map<ActorLinkKind, number>(ACTOR_LINK_KINDS.map((kind, index) => [kind, 1 << index]));

/** Every kind at once. */
export const ALL_KINDS = (1 << ACTOR_LINK_KINDS.length) - 1;

/** The set of `kinds` as a bit mask; every kind when none is given. */
export function kindMask(kinds: readonly ActorLinkKind[] | undefined): number {
  if (!kinds || kinds.length === 0) return ALL_KINDS;
  return kinds.reduce((mask, kind) => mask | KIND_BIT.get(kind)!, 0);
}

export interface ActorLink {
  /** Position in the graph's `links`. */
  index: number;
  /** Stable key: kind, both ends and what it rests on. Cursors and exports use it. */
  key: string;
  kind: ActorLinkKind;
  /** Directed where the kind has a direction; for symmetric kinds, the first actor the record lists. */
  fromSlug: string;
  toSlug: string;
  eventSlug: string | null;
  statementSlug: string | null;
  /** At least one span: the words that say it. */
  evidence: readonly TextSpan[];
}

/** What the graph is derived from: the dataset's entities in their default orders. */
export interface LinkSources {
  actors: readonly Actor[];
  events: readonly Event[];
  statements: readonly Statement[];
}

/** A directed pairing of roles within one event: an actor in `from` points at one in `to`. */
interface RolePairing {
  kind: ActorLinkKind;
  from: ParticipantRole;
  to: ParticipantRole;
}

/**
 * The role pairings that say more than "took part in the same event", most specific first.
 * A pairing whose two roles are equal is symmetric.
 */
const ROLE_PAIRINGS: readonly RolePairing[] = [
  { kind: 'SENDER_RECIPIENT', from: 'SENDER', to: 'RECIPIENT' },
  { kind: 'DEPLOYED_FORCE_RECIPIENT', from: 'DEPLOYED_FORCE', to: 'RECIPIENT' },
  { kind: 'VISITOR_HOST', from: 'VISITOR', to: 'HOST' },
  { kind: 'SIGNATORIES', from: 'SIGNATORY', to: 'SIGNATORY' },
  { kind: 'MEETING_PARTIES', from: 'NEGOTIATOR', to: 'NEGOTIATOR' },
  { kind: 'COMBATANTS', from: 'COMBATANT', to: 'COMBATANT' },
];

/** The links one event implies between each pair of its participants. */
function eventLinks(event: Event, add: (link: Omit<ActorLink, 'key' | 'index'>) => void): void {
  const roles = new Map<string, Set<ParticipantRole>>();
  for (const { actorSlug, role } of event.participants) {
    const set = roles.get(actorSlug) ?? new Set<ParticipantRole>();
    set.add(role);
    roles.set(actorSlug, set);
  }
  const actors = [...roles.keys()];
  const link = (kind: ActorLinkKind, fromSlug: string, toSlug: string) =>
    add({ kind, fromSlug, toSlug, eventSlug: event.slug, statementSlug: null, evidence: event.evidence });
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const [a, b] = [actors[i], actors[j]];
      let specific = false;
      for (const { kind, from, to } of ROLE_PAIRINGS) {
        if (roles.get(a)!.has(from) && roles.get(b)!.has(to)) link(kind, a, b);
        else if (roles.get(b)!.has(from) && roles.get(a)!.has(to)) link(kind, b, a);
        else continue;
        specific = true;
      }
      if (!specific) link('CO_PARTICIPANTS', a, b);
    }
  }
}

/** Every link the sources imply, in a stable order: affiliations, then events, then statements. */
export function deriveLinks(sources: LinkSources): ActorLink[] {
  const links: ActorLink[] = [];
  const add = (link: Omit<ActorLink, 'key' | 'index'>) => {
    if (link.fromSlug === link.toSlug || link.evidence.length === 0) return;
    const basis = link.eventSlug ? `event/${link.eventSlug}` : link.statementSlug ? `statement/${link.statementSlug}` : '';
    links.push({ index: links.length, key: `${link.kind}:${link.fromSlug}:${link.toSlug}:${basis}`, ...link });
  };
  for (const actor of sources.actors) {
    // An affiliation the text does not put into words gives no link: every link shows its words.
    if (actor.affiliationSlug) {
      add({
        kind: 'AFFILIATION',
        fromSlug: actor.slug,
        toSlug: actor.affiliationSlug,
        eventSlug: null,
        statementSlug: null,
        evidence: actor.affiliationEvidence,
      });
    }
  }
  for (const event of sources.events) eventLinks(event, add);
  for (const statement of sources.statements) {
    const about = (kind: ActorLinkKind, fromSlug: string, toSlug: string) =>
      add({ kind, fromSlug, toSlug, eventSlug: null, statementSlug: statement.slug, evidence: statement.evidence });
    for (const ref of statement.about) if (ref.typename === 'Actor') about('SPEAKS_ABOUT', statement.speakerSlug, ref.slug);
    for (const reporter of new Set(statement.reportedBySlugs)) about('RELAYS', reporter, statement.speakerSlug);
  }
  return links;
}

/** The identity of an evidence span, for counting distinct pieces of evidence. */
export function spanKey(span: TextSpan): string {
  return `${span.articleSlug}:${span.start}:${span.end}`;
}

/** How many distinct spans support a set of links. */
export function distinctEvidence(links: Iterable<ActorLink>): number {
  const seen = new Set<string>();
  for (const link of links) for (const span of link.evidence) seen.add(spanKey(span));
  return seen.size;
}

/**
 * The link graph in compressed sparse row form. Actor `i`'s neighbours are
 * `neighbour[offset[i] .. offset[i + 1]]`, each entry one adjacent actor with the bit mask of the
 * kinds that link them (`kinds`) and the links themselves (`linksAt`), whatever their direction.
 */
export class LinkGraph {
  readonly links: readonly ActorLink[];
  /** Each actor's index into the adjacency arrays, by slug. */
  readonly indexOf = new Map<string, number>();
  readonly slugs: readonly string[];
  readonly offset: Int32Array;
  readonly neighbour: Int32Array;
  readonly kinds: Int32Array;
  /** Adjacency entry `at` rests on `links[linkIndex[linkOffset[at] .. linkOffset[at + 1]]]`. */
  private readonly linkOffset: Int32Array;
  private readonly linkIndex: Int32Array;

  constructor(sources: LinkSources) {
    this.links = deriveLinks(sources);
    this.slugs = sources.actors.map((actor) => actor.slug);
    this.slugs.forEach((slug, index) => this.indexOf.set(slug, index));
    // Each link twice (once from each end), sorted by (actor, neighbour, link): runs of equal
    // (actor, neighbour) become adjacency entries. Typed arrays and one sort, no Map per actor.
    const ends = new Int32Array(this.links.length * 2);
    const others = new Int32Array(this.links.length * 2);
    this.links.forEach((link, index) => {
      const from = this.indexOf.get(link.fromSlug)!;
      const to = this.indexOf.get(link.toSlug)!;
      [ends[2 * index], others[2 * index], ends[2 * index + 1], others[2 * index + 1]] = [from, to, to, from];
    });
    const order = Uint32Array.from(ends.keys()).sort((x, y) => ends[x] - ends[y] || others[x] - others[y] || x - y);
    this.linkIndex = Int32Array.from(order, (entry) => entry >> 1);
    const starts: number[] = [];
    order.forEach((entry, k) => {
      const previous = order[k - 1];
      if (k === 0 || ends[previous] !== ends[entry] || others[previous] !== others[entry]) starts.push(k);
    });
    const total = starts.length;
    this.offset = new Int32Array(this.slugs.length + 1);
    this.neighbour = new Int32Array(total);
    this.kinds = new Int32Array(total);
    this.linkOffset = new Int32Array(total + 1);
    starts.forEach((k, at) => {
      this.neighbour[at] = others[order[k]];
      this.offset[ends[order[k]] + 1]++;
      this.linkOffset[at + 1] = at + 1 < total ? starts[at + 1] : order.length;
      for (let j = k; j < this.linkOffset[at + 1]; j++) this.kinds[at] |= KIND_BIT.get(this.links[this.linkIndex[j]].kind)!;
    });
    for (let i = 0; i < this.slugs.length; i++) this.offset[i + 1] += this.offset[i];
  }

  /** The indexes into `links` of adjacency entry `at` whose kind is in `mask`, in derivation order. */
  linkIndexesAt(at: number, mask = ALL_KINDS): number[] {
    const indexes: number[] = [];
    for (let k = this.linkOffset[at]; k < this.linkOffset[at + 1]; k++) {
      if ((KIND_BIT.get(this.links[this.linkIndex[k]].kind)! & mask) !== 0) indexes.push(this.linkIndex[k]);
    }
    return indexes;
  }

  /** The links of adjacency entry `at` whose kind is in `mask`, in derivation order. */
  linksAt(at: number, mask = ALL_KINDS): ActorLink[] {
    return this.linkIndexesAt(at, mask).map((index) => this.links[index]);
  }

  /** Every link touching the actor `slug`, grouped by the actor at the other end. */
  *neighboursOf(slug: string, mask = ALL_KINDS): Iterable<{ slug: string; links: ActorLink[] }> {
    const i = this.indexOf.get(slug);
    if (i === undefined) return;
    for (let at = this.offset[i]; at < this.offset[i + 1]; at++) {
      if ((this.kinds[at] & mask) === 0) continue;
      yield { slug: this.slugs[this.neighbour[at]], links: this.linksAt(at, mask) };
    }
  }
}

export interface LinkCriteria {
  /** Kinds as a bit mask (see kindMask). */
  mask: number;
  /** Only links touching any of these actors. */
  actorSlugs?: readonly string[];
}

/** The links that meet `criteria`, in derivation order (affiliations, events, statements). */
export function selectLinks(graph: LinkGraph, { mask, actorSlugs }: LinkCriteria): readonly ActorLink[] {
  const ofKind = (link: ActorLink) => (KIND_BIT.get(link.kind)! & mask) !== 0;
  if (!actorSlugs) return mask === ALL_KINDS ? graph.links : graph.links.filter(ofKind);
  const indexes = new Set<number>();
  for (const slug of actorSlugs) {
    const i = graph.indexOf.get(slug);
    if (i === undefined) continue;
    for (let at = graph.offset[i]; at < graph.offset[i + 1]; at++) for (const index of graph.linkIndexesAt(at, mask)) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b).map((index) => graph.links[index]);
}
