import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';

describe('the rules table', () => {
  it('gives every rule a one-line reason and documents it in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [id, reason] of Object.entries(RULES)) {
      expect(reason.length, id).toBeGreaterThan(5);
      expect(reason, id).not.toContain('\n');
      expect(readme, id).toContain(`\`${id}\``);
    }
  });
});
