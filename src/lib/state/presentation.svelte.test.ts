import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Presentation, type PresentActions } from './presentation.svelte';
import { smallPlan, viewerOf } from './testViewer.svelte';

/** A talk through the small plan whose actions are recorded, not performed. */
function talkOf() {
  const { viewer, at } = viewerOf(smallPlan, { view: 'sunburst' });
  const told: string[] = [];
  const actions: PresentActions = {
    leave: () => told.push('leave'),
    fullscreen: () => told.push('fullscreen'),
    presenter: () => told.push('presenter'),
    blanked: (on) => told.push(`blank ${on}`),
    qr: () => told.push('qr'),
    turned: (node, part) => told.push(`part ${node} ${part}`),
  };
  return { talk: new Presentation(viewer, actions), at, told };
}
const fit = {
  node: 'root',
  pages: [
    { from: 0, to: 2 },
    { from: 2, to: Infinity },
  ],
  overflow: false,
  width: 1024,
  height: 768,
};

describe('Presentation.hear', () => {
  it('blanks and turns pages as the other window says, without telling it back', () => {
    const { talk, told } = talkOf();
    expect(talk.hear({ type: 'blank', on: true }, false)).toEqual([]);
    expect(talk.blank).toBe(true);
    talk.hear({ type: 'fit', ...fit }, true);
    talk.hear({ type: 'part', node: 'root', part: 1 }, true);
    flushSync();
    expect(talk.part).toBe(1);
    expect(told).toEqual([]);
  });

  it('keeps the audience window’s cut only in the presenter view', () => {
    const audience = talkOf().talk;
    audience.hear({ type: 'fit', ...fit }, false);
    expect(audience.fit).toBe(null);
    const presenter = talkOf().talk;
    presenter.hear({ type: 'fit', ...fit, width: 800 }, true);
    flushSync();
    expect(presenter.pages).toHaveLength(2);
    expect(presenter.tooSmall).toBe(true);
  });

  it('answers a presenter view’s hello with its cut and page, once it has measured one', () => {
    const { talk } = talkOf();
    expect(talk.hear({ type: 'hello' }, false)).toEqual([]);
    talk.fit = fit;
    flushSync();
    expect(talk.hear({ type: 'hello' }, false)).toEqual([
      { type: 'fit', ...fit },
      { type: 'part', node: 'root', part: 0 },
    ]);
    expect(talk.hear({ type: 'hello' }, true)).toEqual([]);
  });
});
