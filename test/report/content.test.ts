import { describe, expect, it } from 'vitest';
import type { Treatment } from '../../src/model/registers.js';
import { locale } from '../../src/present/locale.js';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';
import { REPORT_MESSAGES } from '../../src/report/messages.js';
import { projectsByMinistry, projectTable, sizeClass } from '../../src/report/projects.js';
import { trendText } from '../../src/report/sections.js';

const treatment = (id: string, date: string, ministry: string, cost: number | null, revisitOf: string | null = null): Treatment => ({
  id,
  name: id,
  agency: 'A',
  agencies: ['A'],
  ministry,
  meetingDate: date,
  costMnok: cost,
  benefitMnok: null,
  programme: false,
  sharedSolution: false,
  excludeFromTotals: false,
  revisitOf,
});
const registers = (treatments: Treatment[]) => ({ treatments });

describe('project table', () => {
  it('size classes: small < 26, medium 26–200, large > 200, unresolved without an estimate', () => {
    expect([null, 0, 25.9, 26, 200, 200.1, 11300].map(sizeClass)).toEqual(['unresolved', 'small', 'small', 'medium', 'medium', 'large', 'large']);
  });

  it('lists treatments up to as-of in meeting order, a revisit in its own year with its own estimate', () => {
    const rows = projectTable(
      registers([treatment('b', '2018-03-01', 'M', 615, 'a'), treatment('a', '2017-05-01', 'M', 150), treatment('c', '2019-11-01', 'M', 1)]),
      { since: '2018-10-24', asOf: '2019-10-31' },
    );
    expect(rows.map((r) => [r.id, r.year, r.size, r.revisitOf])).toEqual([
      ['a', '2017', 'medium', null],
      ['b', '2018', 'large', 'a'],
    ]);
  });

  it('counts projects by the ministry of their latest treatment up to as-of', () => {
    const data = registers([
      treatment('a', '2017-01-01', 'Old', 1),
      treatment('a2', '2018-01-01', 'New', 1, 'a'),
      treatment('b', '2017-02-01', 'Old', 1),
      treatment('c', '2017-03-01', 'Another', 1),
      treatment('b2', '2020-01-01', 'Later', 1, 'b'),
    ]);
    expect(projectsByMinistry(data, { since: '2018-10-24', asOf: '2019-10-31' })).toEqual([
      { ministry: 'Another', projects: 1 },
      { ministry: 'New', projects: 1 },
      { ministry: 'Old', projects: 1 },
    ]);
    expect(projectsByMinistry(data, { since: '2016-10-24', asOf: '2017-10-31' })).toEqual([
      { ministry: 'Old', projects: 2 },
      { ministry: 'Another', projects: 1 },
    ]);
  });
});

describe('text alternatives', () => {
  const nb = locale('nb');
  const m = REPORT_MESSAGES.nb;
  const rows = (...shares: number[]) => shares.map((share, i) => ({ year: String(2016 + i), share }));

  it('says whether a share rose, fell or stayed, from the figures', () => {
    expect(trendText('Andelen', rows(0.08, 0.078, 0.138, 0.19), nb, m)).toBe('Andelen økte fra 8\u00a0% i 2016 til 19\u00a0% i 2019.');
    expect(trendText('Andelen', rows(0.3, 0.1), nb, m)).toBe('Andelen sank fra 30\u00a0% i 2016 til 10\u00a0% i 2017.');
    expect(trendText('Andelen', rows(0.1, 0.101), nb, m)).toBe('Andelen var 10\u00a0% både i 2016 og i 2017.');
    expect(trendText('Andelen', rows(0.75, 0.71, 0.56, 0.91), nb, m)).toBe('Andelen økte fra 75\u00a0% i 2016 til 91\u00a0% i 2019. Lavest var den i 2018 (56\u00a0%).');
    expect(trendText('Andelen', rows(0.1, 0.5, 0.2), nb, m)).toBe('Andelen økte fra 10\u00a0% i 2016 til 20\u00a0% i 2018. Høyest var den i 2017 (50\u00a0%).');
    expect(trendText('Andelen', rows(0.19), nb, m)).toBe('Andelen var 19\u00a0% i 2016.');
    expect(trendText('Andelen', [], nb, m)).toBe('Ingen data i perioden.');
  });
});

describe('escaping', () => {
  it('HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('Markdown: no heading, list, link, emphasis, HTML or cell break from register text', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('[x](javascript:alert(1)) *b* _i_ `c` a|b <b>&')).toBe('\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` a\\|b &lt;b&gt;&amp;');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('E-arkiv/MAVOD – PRO25')).toBe('E-arkiv/MAVOD – PRO25');
  });
});
