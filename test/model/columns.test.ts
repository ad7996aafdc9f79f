import { describe, expect, it } from 'vitest';
import { normaliseColumnName } from '../../src/model/columns.js';

describe('normaliseColumnName', () => {
  it.each([
    ['meeting_date', 'meeting_date'],
    [' Meeting Date ', 'meeting_date'],
    ['MEETING-DATE', 'meeting_date'],
    ['"cost_mnok"', 'cost_mnok'],
    ['\uFEFFid', 'id'],
  ])('matches %j as %j', (written, name) => {
    expect(normaliseColumnName(written)).toBe(name);
  });
});
