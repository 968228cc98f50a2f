import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/core/types';
describe('levels', () => {
  it('are ordered highest first', () => {
    expect(LEVELS[0]).toBe('high');
  });
});
