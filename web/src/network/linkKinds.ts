/**
 * How each kind of link between actors is drawn and named: a colour and a line style (so a kind
 * never rests on colour alone), and the words for its direction.
 */
import type { ActorLinkKind } from '../gql/graphql';

export interface LinkKindStyle {
  label: string;
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Directed kinds read from → to; symmetric ones both ways. */
  directed: boolean;
}

export const LINK_KINDS: Record<ActorLinkKind, LinkKindStyle> = {
  AFFILIATION: { label: 'Member of', color: '#6b6b6b', line: 'solid', directed: true },
  SENDER_RECIPIENT: { label: 'Sent to', color: '#b8420f', line: 'solid', directed: true },
  DEPLOYED_FORCE_RECIPIENT: { label: 'Force deployed to', color: '#b8420f', line: 'dashed', directed: true },
  VISITOR_HOST: { label: 'Visited', color: '#0b6e4f', line: 'solid', directed: true },
  SIGNATORIES: { label: 'Signed with', color: '#1f5f99', line: 'solid', directed: false },
  MEETING_PARTIES: { label: 'Met', color: '#1f5f99', line: 'dashed', directed: false },
  COMBATANTS: { label: 'Fought', color: '#a11d33', line: 'solid', directed: false },
  CO_PARTICIPANTS: { label: 'Took part with', color: '#8a8a8a', line: 'dotted', directed: false },
  SPEAKS_ABOUT: { label: 'Spoke about', color: '#7b3fa0', line: 'dashed', directed: true },
  RELAYS: { label: 'Relayed', color: '#b3008a', line: 'dotted', directed: true },
};

export const LINK_KIND_ORDER = Object.keys(LINK_KINDS) as ActorLinkKind[];
