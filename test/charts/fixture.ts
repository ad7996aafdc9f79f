import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartInput } from '../../src/charts/index.js';

/** The charts' input for the 2019 report as the shipped data gives it, frozen in a file so the goldens do not move with the data. */
export const FIXTURE: ChartInput = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'input-2019.json'), 'utf8'));
