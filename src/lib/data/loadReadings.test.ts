import { describe, expect, it } from 'vitest';
import { loadReadings } from './loadReadings';

const respond = (status: number, body: string) =>
  (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadReadings', () => {
  it('searches without readings when the table is missing or malformed, and tries again next time', async () => {
    expect((await loadReadings(respond(404, 'not found'))).byFirst.size).toBe(0);
    expect((await loadReadings(respond(200, '["助け合い"]'))).byFirst.size).toBe(0);
    const readings = await loadReadings(respond(200, '{"助け合い":"たすけあい","支え":"ささえ"}'));
    expect([...readings.byFirst.keys()].sort()).toEqual(['助', '支']);
  });
});
