import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/index.js';
import { checkConfigFile, SETTING_KEYS, SETTINGS } from '../../src/model/settings.js';

describe('SETTINGS', () => {
  it.each(Object.entries(CATALOGUES))('has help text for every setting in %s', (_, t) => {
    for (const key of SETTING_KEYS) expect(typeof (t.cli.options as Record<string, unknown>)[SETTINGS[key].option], key).toBe('string');
  });

  it.each([
    [{ costBandEdges: [26, 50, 100, 200] }, true],
    [{ costBandEdges: [50, 26] }, false],
    [{ costBandEdges: [] }, false],
    [{ costBandEdges: [1.5] }, false],
    [{ costBandEdges: [-1] }, false],
    [{ mainThemes: ['usikkerhet'] }, true],
    [{ mainThemes: ['no-such-theme'] }, false],
    [{ mainThemes: ['usikkerhet', 'usikkerhet'] }, false],
    [{ highlightTag: 'Kommunikasjon' }, false],
    [{ lang: 'nn-NO' }, false],
    [{ quiet: 'yes' }, false],
    [{ data: '' }, false],
  ])('checks %j: %s', (json, ok) => {
    expect(checkConfigFile(json).ok).toBe(ok);
  });

  it('says what is wrong with a config file: a value first, then unknown keys, or not an object', () => {
    expect(checkConfigFile({ colour: true, lang: 'xx' })).toEqual({ ok: false, problem: { kind: 'value', key: 'lang' } });
    expect(checkConfigFile({ colour: true, 'lang ': 'en' })).toEqual({ ok: false, problem: { kind: 'unknown', keys: ['colour', 'lang '] } });
    expect(checkConfigFile([])).toEqual({ ok: false, problem: { kind: 'not-an-object' } });
  });
});
