/**
 * The real maximum size of every plain (unpaginated) list, which the cost limit prices such a
 * list at: found once per dataset, by `Type.field`, among the arrays each record holds
 * (`participants`, `evidence`, `weaponSystemSlugs` → `weaponSystems`, …) and the per-entity
 * indexes named `<field>By<Type>` (`participationsByActor` → `Actor.participations`).
 */
import type { Dataset } from './dataset.js';

export interface PlainListSizes {
  /** The longest list of each `Type.field` found. */
  byField: Map<string, number>;
}

export function plainListSizes(dataset: Dataset): PlainListSizes {
  const known = dataset.prebuilt.listSizes;
  if (known) return { byField: new Map(known) };
  const byField = new Map<string, number>();
  const note = (key: string, length: number) => byField.set(key, Math.max(byField.get(key) ?? 0, length));
  for (const [typename, records] of Object.entries(dataset.maps)) {
    for (const record of records.values()) {
      for (const [property, value] of Object.entries(record as object)) {
        if (!Array.isArray(value)) continue;
        // `weaponSystemSlugs` backs `weaponSystems`, `relatedSlugs` backs `related`.
        for (const field of new Set([property, property.replace(/Slugs$/, 's'), property.replace(/Slugs$/, '')])) note(`${typename}.${field}`, value.length);
      }
    }
  }
  for (const [name, index] of Object.entries(dataset)) {
    const match = /^(\w+)By([A-Z]\w*)$/.exec(name);
    if (!match || !(index instanceof Map)) continue;
    for (const items of index.values()) if (Array.isArray(items)) note(`${match[2]}.${match[1]}`, items.length);
  }
  return { byField };
}
