/** Weapon systems: artillery, rockets, missiles and nuclear weapons, and every field that returns one. */
import { selectWeaponSystems } from '../data/criteria.js';
import { PROPELLANTS, WEAPON_CATEGORIES } from '../data/records.js';
import { builder } from '../builder.js';
import { WeaponSystemFacetType } from './facets.js';
import { AT_MOST_IDS, slugsFrom, textFilter, textFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Actor, Article, Event, WeaponSystem, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
import { QuantityType, TextSpanType } from './values.js';
import { entities } from './loaders.js';

export const WeaponCategoryEnum = builder.enumType('WeaponCategory', {
  description: 'What sort of weapon system it is.',
  values: {
    ARTILLERY: { description: 'Guns and howitzers.' },
    ARTILLERY_AMMUNITION: { description: 'Shells for artillery.' },
    ROCKET_ARTILLERY: { description: 'Rocket launchers and rocket systems.' },
    CRUISE_MISSILE: { description: 'Guided missiles that fly a powered, mostly level path.' },
    BALLISTIC_MISSILE: { description: 'Missiles that fly a ballistic path, including ICBMs.' },
    MISSILE: { description: 'Missiles whose type the source does not give.' },
    NUCLEAR_WEAPON: { description: 'Nuclear warheads and nuclear forces.' },
    UNSPECIFIED: { description: 'Systems the source describes without saying what they are ("various nuclear-capable systems").' },
  } satisfies Record<(typeof WEAPON_CATEGORIES)[number], { description: string }>,
});

export const PropellantEnum = builder.enumType('Propellant', {
  description: 'The fuel a rocket or missile burns.',
  values: {
    SOLID: { description: 'Solid fuel.' },
    LIQUID: { description: 'Liquid fuel.' },
  } satisfies Record<(typeof PROPELLANTS)[number], { description: string }>,
});

WeaponSystem.implement({
  description: 'A weapon system or munition the sources name, with what they say of it.',
  isTypeOf: isTypeOf('WeaponSystem'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this weapon system.' }),
    name: t.exposeString('name', { description: 'The name the sources give it.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names the sources use for it ("ICBM").' }),
    category: t.expose('category', { type: WeaponCategoryEnum, description: 'What sort of weapon system it is.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the sources say it is and does.' }),
    range: t.field({
      type: QuantityType,
      nullable: true,
      description: 'Its range, e.g. at least 5,500 km; null when the source does not say.',
      resolve: (weapon) => weapon.range,
    }),
    propellant: t.expose('propellant', {
      type: PropellantEnum,
      nullable: true,
      description: 'Its fuel; null when the source does not say.',
    }),
    nuclearCapable: t.exposeBoolean('nuclearCapable', {
      nullable: true,
      description: 'Whether it can carry a nuclear warhead; null when the source does not say.',
    }),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name it.',
      resolve: (weapon) => weapon.mentions,
    }),
  }),
});

export const WeaponSystemFilter = builder.inputType('WeaponSystemFilter', {
  description: 'Criteria for weapon systems. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    categories: t.field({ type: [WeaponCategoryEnum], description: 'Systems of any of these categories.' }),
    operatorIds: t.idList({ description: `Systems operated by any of these actors (${AT_MOST_IDS}).` }),
    propellant: t.field({ type: [PropellantEnum], description: 'Systems burning any of these propellants (unknown never matches).' }),
    nuclearCapable: t.boolean({ description: 'Only systems the source says are (true) or are not (false) nuclear-capable.' }),
    text: textFilter(t, 'the name or aliases'),
  }),
});

const WeaponSystemOrder = orderInput(
  'WeaponSystem',
  'weapon systems',
  {
    NAME: 'The name, alphabetically (case- and accent-insensitive).',
    EVENT_COUNT: 'How many events involve the system.',
  },
  'Ties are broken by name, then slug, so paging is stable.',
);

/** The `filter` and `orderBy` arguments of every weapon system connection. */
const weaponSystemListArgs = listArgs(WeaponSystemFilter, WeaponSystemOrder, 'weapon systems', 'NAME ascending');

/** One page of weapon systems: filtered, ordered and cut, optionally only among `within`. */
const weaponSystemPage = listPage(
  selectWeaponSystems,
  (filter: Partial<typeof WeaponSystemFilter.$inferInput>) => ({
    categories: filter.categories ?? undefined,
    operatorSlugs: slugsFrom('filter.operatorIds', filter.operatorIds, 'Actor'),
    propellants: filter.propellant ?? undefined,
    nuclearCapable: filter.nuclearCapable ?? undefined,
    text: textFrom(filter.text),
  }),
  { field: 'NAME', direction: 'ASC' },
);

const WeaponSystemConnection = builder.connectionObject(
  { type: WeaponSystem, name: 'WeaponSystemConnection', description: 'A page of weapon systems.' },
  { name: 'WeaponSystemEdge', description: 'A weapon system in a page, with its cursor.' },
);

/** Everything a list of weaponSystems needs. */
const weaponSystems = { type: WeaponSystem, connection: WeaponSystemConnection, args: weaponSystemListArgs, page: weaponSystemPage };

entityRoots('WeaponSystem', weaponSystems, { example: 'solid-fuel-icbm', order: 'by name' });

listField(weaponSystems, Actor, 'weaponSystems', 'Weapon systems it operates, by name.', (actor, d) => d.weaponSystemsByOperator.get(actor.slug));

listField(weaponSystems, Article, 'weaponSystems', 'Weapon systems the article mentions, by name.', (article, d) => d.weaponSystemsByArticle.get(article.slug));

builder.objectFields(Event, (t) => ({
  weaponSystems: t.field({
    type: [WeaponSystem],
    description: 'Weapon systems used, tested, sent or shown.',
    resolve: (event, _args, context) => entities('WeaponSystem', event.weaponSystemSlugs, context),
  }),
}));

builder.objectFields(WeaponSystemFacetType, (t) => ({
  weaponSystem: t.field({ type: WeaponSystem, description: 'The weapon system.', resolve: (c) => c.key }),
}));
