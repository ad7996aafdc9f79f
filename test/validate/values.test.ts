import { describe, expect, it } from 'vitest';
import { parseAmount, parseBoolean, parseDate, parseTags, parseTheme } from '../../src/validate/values.js';

const value = <T>(parsed: { ok: boolean; value?: T }) => (parsed.ok ? parsed.value : undefined);
const rule = (parsed: { ok: boolean; issue?: { rule: string } }) => (parsed.ok ? 'ok' : parsed.issue!.rule);

describe('parseAmount', () => {
  it.each([
    ['', null],
    ['1234', 1234],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1\u2009234,5', 1234.5],
    ['1 234 567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['1,2340', 1.234],
    [' 26 ', 26],
    ['-0', 0],
  ])('reads %j as %j', (raw, expected) => {
    expect(value(parseAmount(raw))).toBe(expected);
  });

  it.each([
    ['1.234', 'ambiguous-number'],
    ['1,234', 'ambiguous-number'],
    ['999,000', 'ambiguous-number'],
    ['-5', 'negative-number'],
    ['\u22125', 'negative-number'],
    ['12 34', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['tolv', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
  ])('refuses %j (%s)', (raw, expected) => {
    expect(rule(parseAmount(raw))).toBe(expected);
  });

  it.each([
    ['10 000 001', 'implausible-number'],
    ['1' + '0'.repeat(400), 'implausible-number'],
    ['99999999', 'implausible-number'],
    ['05/24/2026', 'date-in-number'],
    ['24.05.2026', 'date-in-number'],
    ['2026-05-24', 'date-in-number'],
    ['24.05.26', 'date-in-number'],
  ])('refuses %j (%s)', (raw, expected) => {
    expect(rule(parseAmount(raw))).toBe(expected);
  });

  it('reads the largest plausible estimate', () => expect(value(parseAmount('10 000 000'))).toBe(10_000_000));

  it('says how an ambiguous number splits', () => {
    expect(parseAmount('1.234')).toEqual({ ok: false, issue: { rule: 'ambiguous-number', params: { whole: '1', fraction: '234' } } });
  });
});

describe('parseBoolean', () => {
  it.each(['yes', 'JA', 'True', '1', 'x', 'X'])('reads %j as yes', (raw) => expect(value(parseBoolean(raw))).toBe(true));
  it.each(['no', 'Nei', 'FALSE', '0', '', '  '])('reads %j as no', (raw) => expect(value(parseBoolean(raw))).toBe(false));
  it('refuses anything else', () => expect(rule(parseBoolean('kanskje'))).toBe('not-a-boolean'));
});

describe('parseDate', () => {
  it('reads ISO dates', () => expect(parseDate('2019-10-31')).toEqual({ ok: true, value: '2019-10-31' }));
  it('reads Norwegian dates with a warning', () => {
    expect(parseDate('3.4.2019')).toEqual({ ok: true, value: '2019-04-03', warning: { rule: 'norwegian-date', params: { date: '2019-04-03' } } });
  });
  it.each([
    ['2019-02-29', 'impossible-date'],
    ['31.04.2019', 'impossible-date'],
    ['2019-13-01', 'impossible-date'],
    ['2019/10/31', 'not-a-date'],
    ['10/31/2019', 'not-a-date'],
    ['', 'missing-value'],
  ])('refuses %j (%s)', (raw, expected) => expect(rule(parseDate(raw))).toBe(expected));
  it('knows leap years', () => expect(value(parseDate('2020-02-29'))).toBe('2020-02-29'));
  it.each(['2019-10-31 00:00:00', '2019-10-31T00:00', '2019-10-31T00:00:00.000Z', '31.10.2019 00:00'])('reads %j, dropping the time, with a warning', (raw) => {
    const parsed = parseDate(raw);
    expect(parsed.ok && parsed.value).toBe('2019-10-31');
    expect(parsed.ok && parsed.warning?.rule).toMatch(/^(date-with-time|norwegian-date)$/);
  });
});

describe('parseTheme', () => {
  it.each([
    ['behov-mal-og-losning', 'behov-mal-og-losning'],
    ['Behov, mål og løsning', 'behov-mal-og-losning'],
    ['BEHOV, MÅL OG LØSNING', 'behov-mal-og-losning'],
    ['Behov, mal og losning', 'behov-mal-og-losning'],
    ['IT-politiske føringer', 'it-politiske-foringer'],
    ['it politiske foringer', 'it-politiske-foringer'],
    [' Usikkerhet ', 'usikkerhet'],
  ])('reads %j', (raw, expected) => expect(value(parseTheme(raw))).toBe(expected));

  // The nynorsk names, and the names later reports gave two of the themes, in either written standard.
  it.each([
    ['Organisering og styring', 'organisering-og-styring'],
    ['Behov, mål og løysing', 'behov-mal-og-losning'],
    ['behov, mal og loysing', 'behov-mal-og-losning'],
    ['Usikkerheit', 'usikkerhet'],
    ['USIKKERHEIT', 'usikkerhet'],
    ['Gevinstrealisering', 'gevinstrealisering'],
    ['Konkurransestrategi', 'konkurransestrategi'],
    ['IT-politiske føringar', 'it-politiske-foringer'],
    ['it politiske foringar', 'it-politiske-foringer'],
    ['Risiko og risikostyring', 'usikkerhet'],
    ['risiko og risikostyring', 'usikkerhet'],
    ['Gevinst og gevinstrealisering', 'gevinstrealisering'],
    [' GEVINST OG GEVINSTREALISERING ', 'gevinstrealisering'],
  ])('reads the nynorsk or later name %j', (raw, expected) => expect(value(parseTheme(raw))).toBe(expected));

  it('names the closest theme', () => {
    expect(parseTheme('Organisering og styrning')).toEqual({ ok: false, issue: { rule: 'unknown-theme', params: { closest: 'Organisering og styring' } } });
  });
});

describe('parseTags', () => {
  it('splits on | into distinct lower-case slugs', () =>
    expect(value(parseTags(' Kommunikasjon | lær-av-andre||kommunikasjon '))).toEqual(['kommunikasjon', 'laer-av-andre']));
  it.each([
    ['kommunikasjon; laer-av-andre', ';'],
    ['kommunikasjon,laer-av-andre', ','],
  ])('refuses %j: tags are separated by |', (raw, separator) => {
    expect(parseTags(raw)).toEqual({ ok: false, issue: { rule: 'tag-separator', params: { separator } } });
  });
});
