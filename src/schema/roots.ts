/**
 * The root look-up (`actor(slug:)`) and list (`actors`) of an entity type, named and described
 * from the registry: every type file declares its pair with one call.
 */
import { ENTITY_TYPES, nounOf } from '../data/entities.js';
import type { EntityTypename } from '../data/model.js';
import { builder } from '../builder.js';
import type { ListKit } from './lists.js';
import { NODE_REFS } from './refs.js';

/** "weapon system" → "Weapon system", for descriptions. */
export const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);

interface RootOptions {
  /** A slug to show in the look-up's description. */
  example: string;
  /** The default order, in words: "by name". */
  order: string;
}

/** Adds `<type>(slug:)` and `<collection>` to Query for `typename`. */
export function entityRoots<T>(typename: EntityTypename, list: ListKit<T>, options: RootOptions): void {
  const { collection, label } = ENTITY_TYPES[typename];
  const noun = nounOf(typename);
  const ref = NODE_REFS[typename] as typeof NODE_REFS.Article;
  builder.queryFields((t) => ({
    [lowerFirst(typename)]: t.field({
      type: ref,
      nullable: true,
      description: `${capitalized(label)} by its slug; null when there is none.`,
      args: { slug: t.arg.string({ required: true, description: `The ${noun}'s slug, e.g. \`${options.example}\`.` }) },
      resolve: (_root, { slug }) => slug,
    }),
    [collection]: t.connection(
      {
        type: ref,
        description: `${capitalized(noun)}s, filtered and ordered; by default all, ${options.order}.`,
        args: list.args as never,
        resolve: (_root, args, { dataset }) => list.page(dataset, args as never) as never,
      },
      list.connection as never,
    ),
  }));
}
