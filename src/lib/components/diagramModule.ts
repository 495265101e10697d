/** The diagrams (sunburst, tree, outline with d3 and BudouX), loaded apart from the page around them. */
export const diagramModule = () => import('./PlanDiagram.svelte');
