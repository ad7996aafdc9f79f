import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/aggregate/index.js';
import { resolvePeriod } from '../../src/aggregate/period.js';
import { DigiraadError } from '../../src/errors.js';
import { readRegisters } from '../../src/load/registers.js';
import { THEME_IDS } from '../../src/model/themes.js';
import { resolveSettings } from '../../src/commands/settings.js';
import { RegistersValidator } from '../../src/validate/index.js';

const validator = new RegistersValidator();
await readRegisters(new URL('../../data/', import.meta.url).pathname, validator);
const { registers } = validator.finish();

/** Every [path, value] of a figures document whose key names a share. */
function shares(node: unknown, path = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(/share$/i.test(key) ? [[`${path}.${key}`, value] as [string, unknown]] : []),
    ...shares(value, `${path}.${key}`),
  ]);
}

describe('shares', () => {
  it('stay within 0..1 for any settings that are accepted, on the shipped data', async () => {
    const flags = fc.record({
      costBandEdges: fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 6 }).map((e) => e.sort((a, b) => a - b).join(',')),
      mainThemes: fc.array(fc.constantFrom(...THEME_IDS), { minLength: 1, maxLength: 3 }).map((t) => t.join(',')),
      highlightTag: fc.constantFrom('kommunikasjon', 'laer-av-andre', 'smidig', 'ukjent'),
    });
    const period = fc.oneof(
      fc.constantFrom(2017, 2018, 2019).map((report) => ({ report })),
      fc.date({ min: new Date('2016-06-01'), max: new Date('2020-12-31'), noInvalidDate: true }).map((d) => ({ asOf: d.toISOString().slice(0, 10) })),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(flags, period, async (given, when) => {
        let settings: Awaited<ReturnType<typeof resolveSettings>>['settings'];
        try {
          settings = (await resolveSettings({}, {}, given)).settings;
        } catch (error) {
          if (error instanceof DigiraadError && error.exitCode === 2) return;
          throw error;
        }
        accepted++;
        const figures = computeFigures(registers, resolvePeriod(registers, when), settings);
        for (const [path, value] of shares(figures)) {
          expect(typeof value, path).toBe('number');
          expect(value as number, path).toBeGreaterThanOrEqual(0);
          expect(value as number, path).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('refuses a main theme named twice as a usage error', () => {
    expect(() => resolveSettings({}, {}, { mainThemes: 'usikkerhet,usikkerhet' })).toThrow(
      /--main-themes: "usikkerhet,usikkerhet" is not a valid mainThemes: give theme ids, each once/,
    );
    expect(() => resolveSettings({ mainThemes: ['usikkerhet', 'usikkerhet'] as never }, {}, {})).toThrow(DigiraadError);
  });
});
