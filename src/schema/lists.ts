/**
 * The pieces every filtered, ordered list shares: the `XOrder` input with its field enum, the
 * `filter`/`orderBy` argument pair, and the resolver that filters, orders and cuts a page.
 */
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import type { Dataset } from '../data/dataset.js';
import { EMPTY, type Direction, type Order } from '../data/select.js';
import { builder } from '../builder.js';
import { paginate, type PageArgs } from './connection.js';
import { OrderDirectionEnum } from './inputs.js';

/** Creates `<Type>OrderField` and `<Type>Order { field, direction = ASC }`. */
export function orderInput<const F extends string>(
  typename: string,
  plural: string,
  fields: Record<F, string>,
  tieBreak: string,
) {
  const fieldEnum = builder.enumType(`${typename}OrderField`, {
    description: `What ${plural} can be ordered by.`,
    values: Object.fromEntries(Object.entries(fields).map(([name, description]) => [name, { description }])) as Record<
      F,
      { description: string }
    >,
  });
  return builder.inputType(`${typename}Order`, {
    description: `An order for ${plural}. ${tieBreak}`,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', description: 'Which way (default ASC).' }),
    }),
  });
}

type Types = typeof builder.$inferSchemaTypes;

/** The `filter` and `orderBy` arguments of a list connection. */
export function listArgs<Filter, Ord>(
  filter: InputObjectRef<Types, Filter>,
  order: InputObjectRef<Types, Ord>,
  plural: string,
  defaultOrder: string,
) {
  return builder.args((t) => ({
    filter: t.field({ type: filter, description: `Only ${plural} that match.` }),
    orderBy: t.field({ type: order, description: `The order; default ${defaultOrder}.` }),
  }));
}

type Select<T, Criteria, Field extends string> = (
  dataset: Dataset,
  criteria: Criteria,
  order: Order<Field>,
  within?: readonly T[],
) => readonly T[];

/** The whole filtered, ordered list a list field pages through: what exports stream. */
type Selection<T, Filter, Field extends string> = (
  dataset: Dataset,
  args: { filter?: Filter | null; orderBy?: { field: Field; direction?: Direction | null } | null },
  within?: readonly T[],
) => readonly T[];

/**
 * A resolver for one page of a list: turns the `filter` argument into criteria, selects and
 * orders with the data layer, optionally only among `within`, and cuts the page. Its `selection`
 * is the same list uncut, for the exports.
 */
export function listPage<T extends { slug: string }, Filter, Criteria, Field extends string>(
  select: Select<T, Criteria, Field>,
  criteriaOf: (filter: Partial<Filter>) => Criteria,
  defaultOrder: NoInfer<Order<Field>>,
) {
  const selection: Selection<T, Filter, Field> = (dataset, args, within) => {
    const order = args.orderBy
      ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'ASC' }
      : defaultOrder;
    return select(dataset, criteriaOf(args.filter ?? {}), order, within);
  };
  const page = (
    dataset: Dataset,
    args: PageArgs & { filter?: Filter | null; orderBy?: { field: Field; direction?: Direction | null } | null },
    within?: readonly T[],
  ) => paginate(selection(dataset, args, within), args, (item) => item.slug);
  return Object.assign(page, { selection });
}

/** What a type's lists share: its ref, its connection, the list arguments and the page resolver. */
export interface ListKit<T> {
  type: unknown;
  connection: unknown;
  args: object;
  page: (dataset: Dataset, args: never, within?: readonly T[]) => unknown;
}

/**
 * Adds a connection field `name` to `parent` that lists, filtered, ordered and paged, the items
 * `related` gives for each parent (`Actor.statements`: the statements the actor made).
 */
export function listField<T, P>(
  kit: ListKit<T>,
  parent: ObjectRef<Types, unknown, P>,
  name: string,
  description: string,
  related: (parent: P, dataset: Dataset) => readonly T[] | undefined,
): void {
  builder.objectField(parent, name, (t) =>
    t.connection(
      {
        type: kit.type,
        description,
        args: kit.args,
        resolve: (item: P, args: never, { dataset }: Context) => kit.page(dataset, args, related(item, dataset) ?? EMPTY),
      } as never,
      kit.connection as never,
    ),
  );
}
