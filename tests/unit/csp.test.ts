import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../e2e/server';

describe('the Content-Security-Policy', () => {
  it('the e2e server sends exactly the policy the README states', () => {
    const stated = readFileSync('README.md', 'utf8').match(/`Content-Security-Policy: ([^`]+)`/);
    expect(stated?.[1]).toBe(CSP);
  });
});
