/**
 * How each kind of actor is drawn: a colour from the Okabe–Ito palette (told apart with colour
 * blindness) and a shape, so the kind never rests on colour alone.
 */
import type { Css } from 'cytoscape';
import type { ActorKind } from '../gql/graphql';

export interface KindStyle {
  color: string;
  /** Cytoscape's node shape; the legend draws the same one in CSS. */
  shape: Css.NodeShape;
}

export const KIND_STYLES: Record<ActorKind, KindStyle> = {
  PERSON: { color: '#E69F00', shape: 'ellipse' },
  STATE: { color: '#0072B2', shape: 'round-rectangle' },
  ARMED_FORCE: { color: '#D55E00', shape: 'triangle' },
  GOVERNMENT_AGENCY: { color: '#009E73', shape: 'diamond' },
  MEDIA_OUTLET: { color: '#CC79A7', shape: 'rectangle' },
  ORGANIZATION: { color: '#56B4E9', shape: 'hexagon' },
  GROUP: { color: '#7F7F7F', shape: 'octagon' },
};
