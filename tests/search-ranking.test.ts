/**
 * One-word searches read a ranking of the word kept from its first search (see
 * InvertedIndex.rankWord): limited to some types, they give the full list's hits of those
 * types, in the same order, with the same scores and count.
 */
import { describe, expect, it } from 'vitest';
import type { EntityTypename } from '../src/data/model.js';
import { dataset } from './helpers.js';

const view = (hits: readonly { entity: { typename: string; slug: string }; score: number }[]) =>
  hits.map((hit) => [hit.entity.typename, hit.entity.slug, hit.score]);

describe('a one-word search limited to some types', () => {
  it.each(['kim', 'korea', 'pyong', 'missle', 'the'])('"%s" gives the full ranking\'s hits of those types', (word) => {
    const all = view(dataset.search.search(word));
    expect(all.length).toBeGreaterThan(0);
    for (const types of [['Event'], ['Statement', 'Actor'], ['Place', 'WeaponSystem', 'Article']] as EntityTypename[][]) {
      const limited = dataset.search.search(word, types);
      expect(view(limited)).toEqual(all.filter(([typename]) => types.includes(typename as EntityTypename)));
      // Read from the end first: a hit far down is found without reading those before it.
      const again = dataset.search.search(word, types);
      if (again.length) expect(view([again[again.length - 1]])).toEqual(view(limited).slice(-1));
    }
  });
});
