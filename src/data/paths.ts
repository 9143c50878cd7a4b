/**
 * Paths between two actors over the link graph: every simple path (no actor twice) of at most
 * `maxHops` links, shortest first, then the best evidenced. A bidirectional breadth-first search
 * measures how far each actor near either end lies from it; the enumeration then only steps where
 * the target can still be reached in the hops left, and stops at a fixed number of paths and of
 * steps, so a search costs what the neighbourhoods of its two ends cost, whatever the dataset's size.
 */
import { ALL_KINDS, distinctEvidence, type ActorLink, type LinkGraph } from './links.js';

/** Most paths one search lists; longer ones are left out first. */
export const MAX_PATHS = 1_000;
/** Most adjacency entries one search may step through, a bound on its time whatever the graph. */
export const MAX_STEPS = 200_000;

export interface ActorPath {
  /** Position-independent key: the indexes of its links in the graph, in order. */
  key: string;
  /** One link per hop, in the order walked; each keeps its own direction. */
  links: ActorLink[];
  /** The actors walked through, from the first to the last. */
  actorSlugs: string[];
  /** How many distinct evidence spans support its links. */
  evidence: number;
}

export interface PathSearch {
  /** Shortest first, then most evidence, then by key. */
  paths: ActorPath[];
  /** False when a bound (MAX_PATHS, MAX_STEPS) cut the search short: then the longest paths are missing. */
  complete: boolean;
}

/** Distances (in hops over links of `mask`) from `start` to every actor at most `depth` away. */
function distancesFrom(graph: LinkGraph, start: number, depth: number, mask: number): Map<number, number> {
  const distance = new Map<number, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let at = graph.offset[node]; at < graph.offset[node + 1]; at++) {
        const other = graph.neighbour[at];
        if ((graph.kinds[at] & mask) === 0 || distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Every simple path from `fromSlug` to `toSlug` of at most `maxHops` links whose kinds are in `mask`. */
export function findPaths(graph: LinkGraph, fromSlug: string, toSlug: string, maxHops: number, mask = ALL_KINDS): PathSearch {
  const source = graph.indexOf.get(fromSlug);
  const target = graph.indexOf.get(toSlug);
  if (source === undefined || target === undefined || source === target) return { paths: [], complete: true };

  // Any actor on a path of at most maxHops lies within `forward` of the source or `backward` of the target.
  const forward = Math.ceil(maxHops / 2);
  const backward = maxHops - forward;
  const fromSource = distancesFrom(graph, source, forward, mask);
  const toTarget = distancesFrom(graph, target, backward, mask);
  let shortest = Infinity;
  for (const [node, d] of fromSource) {
    const rest = toTarget.get(node);
    if (rest !== undefined) shortest = Math.min(shortest, d + rest);
  }
  if (shortest > maxHops) return { paths: [], complete: true };

  const paths: ActorPath[] = [];
  let complete = true;
  let steps = 0;
  const onPath = new Set<number>([source]);
  const nodes = [source];
  const entries: number[] = [];

  /** Adds every choice of one link per hop along `entries` as a path. */
  const record = (): boolean => {
    const choices = entries.map((at) => graph.linkIndexesAt(at, mask));
    const picked: number[] = [];
    const pick = (hop: number): boolean => {
      if (hop === choices.length) {
        if (paths.length === MAX_PATHS) return false;
        const links = picked.map((index) => graph.links[index]);
        paths.push({ key: picked.join('.'), links, actorSlugs: nodes.map((n) => graph.slugs[n]), evidence: distinctEvidence(links) });
        return true;
      }
      for (const index of choices[hop]) {
        picked.push(index);
        const more = pick(hop + 1);
        picked.pop();
        if (!more) return false;
      }
      return true;
    };
    if (pick(0)) return true;
    complete = false;
    return false;
  };

  /** Walks on from `node`, `depth` hops from the source, towards paths of exactly `length` hops. */
  const walk = (node: number, depth: number, length: number): boolean => {
    for (let at = graph.offset[node]; at < graph.offset[node + 1]; at++) {
      if (++steps > MAX_STEPS) return (complete = false);
      const other = graph.neighbour[at];
      if ((graph.kinds[at] & mask) === 0 || onPath.has(other)) continue;
      const hops = depth + 1;
      if (other === target) {
        if (hops !== length) continue;
        nodes.push(other);
        entries.push(at);
        const more = record();
        nodes.pop();
        entries.pop();
        if (!more) return false;
        continue;
      }
      // Too far from the target (or outside its ball: at least `backward + 1` hops) to arrive in time.
      if (hops + (toTarget.get(other) ?? backward + 1) > length) continue;
      onPath.add(other);
      nodes.push(other);
      entries.push(at);
      const more = walk(other, hops, length);
      onPath.delete(other);
      nodes.pop();
      entries.pop();
      if (!more) return false;
    }
    return true;
  };

  for (let length = shortest; length <= maxHops; length++) {
    const before = paths.length;
    const more = walk(source, 0, length);
    const found = paths.splice(before).sort((a, b) => b.evidence - a.evidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    paths.push(...found);
    if (!more) break;
  }
  return { paths, complete };
}
