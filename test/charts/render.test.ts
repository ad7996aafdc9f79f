import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index.js';
import { createChartRenderer, prefixIds, withoutAria, type ChartRenderer } from '../../src/charts/render.js';
import { locale } from '../../src/present/locale.js';
import { FIXTURE } from './fixture.js';

const pngSize = (png: Uint8Array) => {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
};
const svgSize = (svg: string) => {
  const match = /^<svg[^>]*\bwidth="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(match[1]), height: Number(match[2]) };
};

describe('rendering with vega', () => {
  let renderer: ChartRenderer;
  beforeAll(async () => {
    renderer = await createChartRenderer();
  });

  it.each(CHARTS.map((c) => [c.name, c] as const))('%s renders to SVG and a 2× PNG, without warnings', async (name, chart) => {
    const { svg, png: encoding, warnings } = await renderer.render(name, chart.spec(FIXTURE, locale('nb')));
    const png = await encoding;
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('font-family="&quot;Source Sans 3&quot;, sans-serif"');
    const s = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: 2 * s.width, height: 2 * s.height });
  });

  it('SVG and PNG are deterministic, whatever was rendered before', async () => {
    const spec = (name: string) => CHARTS.find((c) => c.name === name)!.spec(FIXTURE, locale('nb'));
    const first = await renderer.render('themes', spec('themes'));
    await renderer.render('cost-bands', spec('cost-bands'));
    await renderer.render('main-themes-by-year', spec('main-themes-by-year'));
    const again = await renderer.render('themes', spec('themes'));
    expect(again.svg).toBe(first.svg);
    expect(Buffer.compare(Buffer.from(await again.png), Buffer.from(await first.png))).toBe(0);
  });

  it('formats numbers the Norwegian way, or the English way', async () => {
    const chart = CHARTS.find((c) => c.name === 'cost-bands')!;
    const nb = (await renderer.render('cost-bands', chart.spec(FIXTURE, locale('nb')))).svg;
    const en = (await renderer.render('cost-bands', chart.spec(FIXTURE, locale('en')))).svg;
    expect(nb).toContain('>26\u00a0% (12)<');
    expect(nb).toContain('>25\u00a0%<');
    expect(en).toContain('>26% (12)<');
  });

  it('the SVG carries no ARIA of its own and only ids prefixed with the chart name', async () => {
    const chart = CHARTS.find((c) => c.name === 'themes')!;
    const { svg } = await renderer.render('themes', chart.spec(FIXTURE, locale('nb')));
    expect(svg).not.toMatch(/\s(role|aria-[a-z]+)="/);
    for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) expect(id).toMatch(/^themes-/);
  });
});

describe('SVG post-processing', () => {
  it('prefixes ids and their references', () => {
    expect(prefixIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"><use href="#clip1"/></g>', 'x')).toBe(
      '<clipPath id="x-clip1"/><g clip-path="url(#x-clip1)"><use href="#x-clip1"/></g>',
    );
  });

  it('drops ARIA attributes from tags, never from text', () => {
    expect(withoutAria('<g role="graphics-symbol" aria-label="T &quot;x&quot;" class="a"><text>role="x" aria-label="y"</text></g>')).toBe(
      '<g class="a"><text>role="x" aria-label="y"</text></g>',
    );
  });
});
