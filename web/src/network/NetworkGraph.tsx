/**
 * The actor network drawn by Cytoscape.js: nodes by kind, one edge per kind of link between two
 * actors (colour and line style by kind, an arrow where the kind has a direction), as thick as the
 * links of that kind. A force-directed layout (cose) starts from a circle, so it draws the same
 * graph the same way every time.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ActorKind, ActorLinkKind } from '../gql/graphql';
import { KIND_STYLES } from './kinds';
import { LINK_KINDS } from './linkKinds';

export interface GraphActor {
  slug: string;
  name: string;
  kind: ActorKind;
}

export interface GraphLink {
  source: string;
  target: string;
  kind: ActorLinkKind;
  /** How many links of this kind join the two. */
  weight: number;
}

interface Props {
  actors: GraphActor[];
  links: GraphLink[];
  selected?: string;
  onSelect: (slug: string) => void;
  label: string;
}

function elementsOf(actors: GraphActor[], links: GraphLink[]): ElementDefinition[] {
  const step = (2 * Math.PI) / Math.max(actors.length, 1);
  return [
    ...actors.map((actor, index) => ({
      data: { id: actor.slug, name: actor.name, kind: actor.kind },
      position: { x: 400 * Math.cos(index * step), y: 400 * Math.sin(index * step) },
    })),
    ...links.map((link) => ({ data: { id: `${link.source}--${link.target}--${link.kind}`, ...link } })),
  ];
}

function styleFor(maxWeight: number): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 34,
        height: 34,
        label: 'data(name)',
        'font-size': 15,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#333333',
      },
    },
    ...Object.entries(KIND_STYLES).map(([kind, { color, shape }]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': color, shape },
    })),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1b1b1b', 'font-weight': 'bold', 'z-index': 10 } },
    {
      selector: 'edge',
      style: {
        width: maxWeight > 1 ? `mapData(weight, 1, ${maxWeight}, 2, 8)` : 2,
        'curve-style': 'bezier',
        opacity: 0.85,
      },
    },
    ...Object.entries(LINK_KINDS).map(([kind, { color, line, directed }]) => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-color': color,
        'line-style': line,
        'target-arrow-color': color,
        'target-arrow-shape': directed ? 'triangle' : 'none',
        'arrow-scale': 1.2,
      } as cytoscape.Css.Edge,
    })),
    {
      selector: 'edge.focus',
      style: {
        opacity: 1,
        label: 'data(weight)',
        'font-size': 13,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
      },
    },
    { selector: '.faded', style: { opacity: 0.2 } },
  ];
}

export function NetworkGraph({ actors, links, selected, onSelect, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  // The latest callback, read by the tap handler so the graph is not rebuilt when it changes.
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const maxWeight = Math.max(1, ...links.map((link) => link.weight));
    const cy = cytoscape({
      container: container.current,
      elements: elementsOf(actors, links),
      style: styleFor(maxWeight),
      layout: { name: 'preset' },
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 1_200_000,
      // The more events two actors share, the closer they are drawn.
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => 200 / Math.sqrt(edge.data('weight') as number),
    } as cytoscape.LayoutOptions).run();
    cy.on('tap', 'node', (event) => select.current(event.target.id()));
    cy.on('mouseover', 'node', () => container.current?.classList.add('pointing'));
    cy.on('mouseout', 'node', () => container.current?.classList.remove('pointing'));
    graph.current = cy;
    return () => {
      cy.destroy();
      graph.current = null;
    };
  }, [actors, links]);

  useEffect(() => {
    const cy = graph.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded focus').unselect();
      const node = selected ? cy.getElementById(selected) : undefined;
      if (!node || node.empty()) return;
      node.select();
      node.connectedEdges().addClass('focus');
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
    });
  }, [selected, actors, links]);

  return <div ref={container} className="graph" role="img" aria-label={label} />;
}
