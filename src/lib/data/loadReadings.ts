import { NO_READINGS, prepareReadings, type Readings, type ReadingTable } from '../text/readings';

let readings: Promise<Readings> | null = null;

const isTable = (x: unknown): x is ReadingTable =>
  !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string');

/**
 * The reading table `npm run compile` writes beside the plans (search/readings.json), loaded once.
 * Search without it still works, as written and by typo: a failed or malformed load gives no
 * readings rather than an error, and the next search tries again.
 */
export function loadReadings(fetcher: typeof fetch = fetch): Promise<Readings> {
  readings ??= fetcher('search/readings.json')
    .then((res) => (res.ok ? res.json() : null))
    .then((x: unknown) => {
      if (!isTable(x)) throw new Error('no reading table');
      return prepareReadings(x);
    })
    .catch(() => {
      readings = null;
      return NO_READINGS;
    });
  return readings;
}
