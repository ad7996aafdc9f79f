import { escapeHtml } from './escape.js';

const OPEN_TAG = /^<svg\b([^>]*)>/;

function splitOpenTag(svg: string): { attributes: string; body: string } {
  const match = OPEN_TAG.exec(svg);
  if (!match) throw new Error('the chart renderer did not return an <svg> element');
  return { attributes: match[1]!, body: svg.slice(match[0].length) };
}

/**
 * `<name>.svg` as saved: an image with its title and text alternative, and the font embedded so
 * that it looks like the PNG wherever it is opened.
 */
export function standaloneSvg(svg: string, options: { name: string; title: string; alt: string; lang: string; fontCss: string }): string {
  const { attributes, body } = splitOpenTag(svg);
  const ids = `${options.name}-title ${options.name}-desc`;
  return (
    `<svg${attributes} role="img" aria-labelledby="${ids}" xml:lang="${options.lang}">` +
    `<title id="${options.name}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${options.name}-desc">${escapeHtml(options.alt)}</desc>` +
    `<defs><style>${options.fontCss}</style></defs>` +
    `${body}\n`
  );
}

/** The chart inside index.html: one image, labelled by the heading and text alternative beside it. */
export function inlineSvg(svg: string, labelledBy: string): string {
  const { attributes, body } = splitOpenTag(svg);
  return `<svg${attributes} role="img" aria-labelledby="${labelledBy}" focusable="false">${body}`;
}
