import { describe, expect, it } from 'vitest';
import { locale } from '../../src/present/locale.js';
import { escapeMarkdown, escapeMarkdownBlock } from '../../src/present/markdown.js';
import { escapeHtml } from '../../src/report/escape.js';
import { reportWords } from '../../src/i18n/index.js';
import { trendText } from '../../src/charts/index.js';

describe('text alternatives', () => {
  const nb = locale('nb');
  const m = reportWords('nb');
  const rows = (...shares: number[]) => shares.map((share, i) => ({ year: String(2016 + i), share }));

  it('says whether a share rose, fell or stayed, from the figures', () => {
    expect(trendText('Andelen', rows(0.08, 0.078, 0.138, 0.19), nb, m)).toBe('Andelen økte fra 8\u00a0% i 2016 til 19\u00a0% i 2019.');
    expect(trendText('Andelen', rows(0.3, 0.1), nb, m)).toBe('Andelen sank fra 30\u00a0% i 2016 til 10\u00a0% i 2017.');
    expect(trendText('Andelen', rows(0.1, 0.101), nb, m)).toBe('Andelen var 10\u00a0% både i 2016 og i 2017.');
    expect(trendText('Andelen', rows(0.75, 0.71, 0.56, 0.91), nb, m)).toBe(
      'Andelen økte fra 75\u00a0% i 2016 til 91\u00a0% i 2019. Lavest var den i 2018 (56\u00a0%).',
    );
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
    expect(escapeMarkdownBlock('# Title')).toBe('\\# Title');
    expect(escapeMarkdownBlock('- item')).toBe('\\- item');
    expect(escapeMarkdownBlock('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- 1.5 in a cell')).toBe('- 1.5 in a cell');
    expect(escapeMarkdown('[x](javascript:alert(1)) *b* _i_ `c` a|b <b>&amp; < 26 & co')).toBe(
      '\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` a\\|b &lt;b>&amp;amp; < 26 & co',
    );
    expect(escapeMarkdownBlock('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('E-arkiv/MAVOD – PRO25')).toBe('E-arkiv/MAVOD – PRO25');
  });
});
