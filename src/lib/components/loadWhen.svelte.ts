import { afterPaintModule } from './afterPaint';

/**
 * Code a component needs only once something happens (a first query, a long list): loaded when
 * `when()` first turns true, after the page's paint (afterPaintModule, the one way code is loaded
 * apart from a page), and kept. `current` is null until it is in. Make it while the component
 * initialises: it watches `when` for as long as the component lives.
 */
export class LoadWhen<T> {
  current = $state.raw<T | null>(null);

  constructor(when: () => boolean, load: () => Promise<T>) {
    const module = afterPaintModule(load);
    $effect(() => {
      // A failed load (a dropped line) is tried again when `when` next turns true.
      if (when() && !this.current)
        module().then(
          (m) => (this.current = m),
          () => {},
        );
    });
  }
}
