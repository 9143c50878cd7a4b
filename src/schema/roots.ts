/**
 * The root look-up (`actor(slug:)`) and list (`actors`) of an entity type, named and described
 * from the registry: every type file declares its pair with one call.
 */
import type { Dataset } from '../data/dataset.js';
import { ENTITY_TYPES, nounOf } from '../data/entities.js';
import type { EntityTypename } from '../data/model.js';
import { builder } from '../builder.js';
import { NODE_REFS } from './refs.js';

/** "weapon system" → "Weapon system", for descriptions. */
export const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);

// The refs and arguments are typed by the type file that passes them; here they are passed through.
interface RootOptions {
  /** The type's connection object. */
  connection: unknown;
  /** The arguments of its lists (`filter`, `orderBy`). */
  args: object;
  /** One page of them, filtered and ordered. */
  page: (dataset: Dataset, args: never) => unknown;
  /** A slug to show in the look-up's description. */
  example: string;
  /** The default order, in words: "by name". */
  order: string;
}

/** Adds `<type>(slug:)` and `<collection>` to Query for `typename`. */
export function entityRoots(typename: EntityTypename, options: RootOptions): void {
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
        args: options.args as never,
        resolve: (_root, args, { dataset }) => options.page(dataset, args as never) as never,
      },
      options.connection as never,
    ),
  }));
}
