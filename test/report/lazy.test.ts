import { describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../support/cli.js';
import XLSX from 'xlsx';

// vega, vega-lite, the canvas, docx and playwright-core are heavy: only `digiraad report` may load them,
// and playwright-core only with --pdf. exceljs is loaded only when a workbook is read or written.
// string-width and wrap-ansi (each builds an Intl.Segmenter as it loads) only for a terminal's width;
// papaparse only for a CSV file it reads (a small one, or one the byte scanner hands back).
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('vega', async (original) => {
  loaded.push('vega');
  return original();
});
vi.mock('vega-lite', async (original) => {
  loaded.push('vega-lite');
  return original();
});
vi.mock('canvas', async (original) => {
  loaded.push('canvas');
  return original();
});
vi.mock('docx', async (original) => {
  loaded.push('docx');
  return original();
});
vi.mock('fflate', async (original) => {
  loaded.push('fflate');
  return original();
});
vi.mock('exceljs', async (original) => {
  loaded.push('exceljs');
  return original();
});
vi.mock('playwright-core', async (original) => {
  loaded.push('playwright-core');
  return original();
});
vi.mock('papaparse', async (original) => {
  loaded.push('papaparse');
  return original();
});
vi.mock('string-width', async (original) => {
  loaded.push('string-width');
  return original();
});
vi.mock('wrap-ansi', async (original) => {
  loaded.push('wrap-ansi');
  return original();
});

/** What was loaded, but papaparse, which reads the small CSV files of these tests. */
const heavy = () => loaded.filter((name) => name !== 'papaparse');

describe('lazy loading', () => {
  it('digiraad stats and validate load no chart or Word library, nor exceljs without a workbook; digiraad report loads them, and no browser driver without --pdf', async () => {
    const cwd = tempDir();
    expect((await runCli(['stats', '--format', 'json'], { cwd })).code).toBe(0);
    expect((await runCli(['validate'], { cwd })).code).toBe(0);
    // The shipped registers are small: papaparse reads them (the byte scanner, files of 1 MiB and more).
    expect(loaded).toEqual(['papaparse']);
    // Written with the second writer: only digiraad may load exceljs here.
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['id', 'name', 'agency', 'ministry', 'meeting_date'],
        ['a', 'A', 'B', 'C', '2019-01-01'],
      ]),
      'Ark1',
    );
    XLSX.writeFile(book, join(cwd, 'projects.xlsx'));
    writeFileSync(join(cwd, 'questions.csv'), 'id,project_id,theme\n');
    writeFileSync(join(cwd, 'recommendations.csv'), 'id,project_id,theme\n');
    expect((await runCli(['stats', '--format', 'json', '--data', '.'], { cwd })).code).toBe(0);
    expect(heavy()).toEqual(['exceljs']);
    expect((await runCli(['report', '--check', '--out', 'none'], { cwd })).code).toBe(1);
    expect(heavy().sort()).toEqual(['canvas', 'docx', 'exceljs', 'fflate', 'vega', 'vega-lite']);
  });

  it('text is measured only for a terminal: stats to a pipe or with --wide loads neither string-width nor wrap-ansi', async () => {
    loaded.length = 0;
    const cwd = tempDir();
    expect((await runCli(['stats'], { cwd })).code).toBe(0);
    expect((await runCli(['projects', '--wide'], { cwd, tty: true })).code).toBe(0);
    expect((await runCli(['validate', '--data', 'nowhere'], { cwd })).code).toBe(3);
    expect(heavy()).toEqual([]);
    expect((await runCli(['stats'], { cwd, tty: true })).code).toBe(0);
    expect(heavy().sort()).toEqual(['string-width', 'wrap-ansi']);
  });
});
