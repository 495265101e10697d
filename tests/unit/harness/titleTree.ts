/** A plan's tree as its titles, leaves as strings ({ 目標: ['施策', …] }): what plan tests compare. */
export interface TitledNode {
  title: string;
  children: TitledNode[];
}

export const titleTree = (n: TitledNode): unknown =>
  n.children.length ? { [n.title]: n.children.map(titleTree) } : n.title;
