/** Weapon systems: artillery, rockets, missiles and nuclear weapons, with their root look-ups. */
import type { WeaponSystem as WeaponSystemModel } from '../data/model.js';
import { PROPELLANTS, WEAPON_CATEGORIES } from '../data/records.js';
import { builder } from '../builder.js';
import { Actor } from './actor.js';
import { paginate } from './connection.js';
import { Event, EventConnection } from './event.js';
import { loadBySlug } from './loaders.js';
import { Statement, StatementConnection } from './statement.js';
import { QuantityType, TextSpanType } from './values.js';

const EMPTY: readonly never[] = [];

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

export const WeaponSystem = builder.loadableNodeRef<WeaponSystemModel>('WeaponSystem', {
  id: { resolve: (weapon) => weapon.slug },
  load: loadBySlug('WeaponSystem'),
});

WeaponSystem.implement({
  description: 'A weapon system or munition the sources name, with what they say of it.',
  isTypeOf: (value) => (value as WeaponSystemModel).typename === 'WeaponSystem',
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
    operators: t.field({
      type: [Actor],
      description: 'The actors that the sources say have or use it.',
      resolve: (weapon) => weapon.operatorSlugs,
    }),
    events: t.connection(
      {
        type: Event,
        description: 'Events in which it was used, tested, sent or shown, in chronological order.',
        resolve: (weapon, args, { dataset }) =>
          paginate(dataset.eventsByWeaponSystem.get(weapon.slug) ?? EMPTY, args, (event) => event.slug),
      },
      EventConnection,
    ),
    statements: t.connection(
      {
        type: Statement,
        description: 'Statements about it, in reading order.',
        resolve: (weapon, args, { dataset }) =>
          paginate(dataset.statementsAbout.get(`WeaponSystem:${weapon.slug}`) ?? EMPTY, args, (s) => s.slug),
      },
      StatementConnection,
    ),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name it.',
      resolve: (weapon) => weapon.mentions,
    }),
  }),
});

export const WeaponSystemConnection = builder.connectionObject(
  { type: WeaponSystem, name: 'WeaponSystemConnection', description: 'A page of weapon systems.' },
  { name: 'WeaponSystemEdge', description: 'A weapon system in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  weaponSystem: t.field({
    type: WeaponSystem,
    nullable: true,
    description: 'A weapon system by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The weapon system\'s slug, e.g. `solid-fuel-icbm`.' }) },
    resolve: (_root, { slug }) => slug,
  }),
  weaponSystems: t.connection(
    {
      type: WeaponSystem,
      description: 'All weapon systems, by name.',
      resolve: (_root, args, { dataset }) => paginate(dataset.weaponSystems, args, (weapon) => weapon.slug),
    },
    WeaponSystemConnection,
  ),
}));
