// Generated from schema/schema.graphql by `npm run client:cache`: do not edit.
/** The concrete types of each interface and union, for fragments on them. */
export const possibleTypes: Record<string, string[]> = {
  Node: ["Actor","Article","Event","Place","Statement","WeaponSystem"],
  SearchResult: ["Actor","Article","Event","Place","Statement","WeaponSystem"],
  TimelineItem: ["Event","Statement"],
};
