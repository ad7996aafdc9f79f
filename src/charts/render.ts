import type { TopLevelSpec } from 'vega-lite';
import { fontFile } from './fonts.js';
import { FONT_FAMILY, FONT_WEIGHTS } from './theme.js';

export interface RenderedChart {
  svg: string;
  /** PNG at 2× scale, encoded off the main thread: await it once the next chart is under way. */
  png: Promise<Uint8Array>;
  /** What Vega-Lite or Vega warned about while compiling or rendering (none expected). */
  warnings: string[];
}

export interface ChartRenderer {
  render(name: string, spec: TopLevelSpec): Promise<RenderedChart>;
}

interface PngCanvas {
  encode(format: 'png'): Promise<Uint8Array>;
}

let fontsRegistered = false;

/**
 * Loads vega, vega-lite and the canvas, and registers the font once per process. Everything heavy
 * is imported here, lazily, so that commands other than `report` never load it.
 */
export async function createChartRenderer(): Promise<ChartRenderer> {
  const [vega, vegaLite, canvas] = await Promise.all([import('vega'), import('vega-lite'), import('canvas')]);
  if (!fontsRegistered) {
    for (const weight of FONT_WEIGHTS) {
      const file = fontFile(weight);
      if (!canvas.GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new Error(`could not register the chart font ${file}`);
    }
    fontsRegistered = true;
  }
  return {
    async render(name, spec) {
      const warnings: string[] = [];
      const logger = collectingLogger(warnings, vega.Warn);
      const compiled = vegaLite.compile(spec, { logger }).spec;
      const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
      try {
        // Vega numbers clip paths and gradients with process-wide counters: reset them, and
        // prefix every id with the chart name so that charts inlined in one page never clash.
        vega.resetSVGDefIds();
        const svg = withoutAria(prefixIds(await view.toSVG(), name));
        const png = ((await view.toCanvas(2)) as unknown as PngCanvas).encode('png');
        return { svg, png, warnings };
      } finally {
        view.finalize();
      }
    },
  };
}

function collectingLogger(warnings: string[], warnLevel: number) {
  let level = warnLevel;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Drops Vega's own ARIA roles and labels (titles and containers keep some even with aria off):
 * each chart is one image, labelled where it is used. Vega escapes `"` and `>` in attribute values,
 * so an opening tag ends at the first `>` and a value at the next `"`.
 */
export function withoutAria(svg: string): string {
  return svg.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, ''));
}

/** `id="clip1"` → `id="themes-clip1"`, with every reference to it. */
export function prefixIds(svg: string, name: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${name}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${name}-${id})`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${name}-${id}"`);
}
