import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { problemLines, registerFolder, validateWith } from '../support/folders.js';

const BASE = new URL('../fixtures/base/', import.meta.url);
const base = (name: string) => readFileSync(new URL(name, BASE), 'utf8');
const statsJson = async (dir: string, ...flags: string[]) => runCli(['stats', '--format', 'json', '--data', dir, ...flags]);

describe('encodings', () => {
  it('reports each stray byte of an otherwise UTF-8 file at its line, instead of reading the file as Windows-1252', async () => {
    // Line 3 and 5 hold a Windows-1252 ø (0xf8); line 2 and 4 hold valid UTF-8 æøå.
    const text = base('questions.csv').replace('Hva trenger brukerne?', 'Hva trenger brukerne – og når?');
    const lines = text.split('\n');
    const bytes = Buffer.concat(
      lines.map((line, i) => {
        const encoded = Buffer.from(`${line}${i < lines.length - 1 ? '\n' : ''}`, 'utf8');
        return i === 3 ? Buffer.concat([encoded.subarray(0, 20), Buffer.from([0xf8]), encoded.subarray(20)]) : encoded;
      }),
    );
    const withStray = Buffer.concat([bytes, Buffer.from('q4,2018-alfa,usikkerhet,L\xf8pende\n', 'latin1')]);
    const result = await validateWith({ 'questions.csv': withStray });
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([
      'questions.csv:4: feil[not-utf8]: theme "Gevins\ufffdtrealisering" har byte som ikke er UTF-8 (tegn 7) (tips: filen blander tegnsett: skriv tegnet på nytt, eller lagre hele filen som UTF-8)',
      expect.stringMatching(/^questions\.csv:5: feil\[not-utf8\]: text .* har byte som ikke er UTF-8/),
    ]);
    expect(result.stderr).not.toContain('Windows-1252');
  });

  it('reports a stray byte near the start when valid UTF-8 comes only after the first 64 KB, and splits no character at a chunk edge', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `q${i + 10},2018-alfa,usikkerhet,${'tekst '.repeat(4)}\n`).join('');
    // ø is 2 bytes: a run of them puts one across each 64 KB chunk edge, whatever the offset.
    const late = `q9,2018-alfa,usikkerhet,${'ø'.repeat(40_000)}\n`;
    const ascii = 'id,project_id,theme,text\nq1,2018-alfa,usikkerhet,x\n';
    const bytes = Buffer.concat([Buffer.from(ascii), Buffer.from('q5,2018-alfa,usikkerhet,L\xf8pende\n', 'latin1'), Buffer.from(filler + late)]);
    const result = await validateWith({ 'questions.csv': bytes });
    expect(problemLines(result.stdout)).toEqual([expect.stringMatching(/^questions\.csv:3: feil\[not-utf8\]: text "L\ufffdpende" /)]);
    expect(result.stderr).not.toContain('Windows-1252');
  });

  it('reads a file with no UTF-8 multi-byte sequence at all as Windows-1252, and says so', async () => {
    const dir = registerFolder({ 'questions.csv': iconv.encode(base('questions.csv'), 'windows-1252') });
    const result = await statsJson(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await statsJson(BASE.pathname)).stdout);
    expect(result.stderr).toContain('questions.csv: lest som Windows-1252');
  });

  it('refuses a Windows-1252 file forced to be UTF-8 at each bad cell, instead of reading on with U+FFFD', async () => {
    const result = await validateWith({ 'questions.csv': iconv.encode(base('questions.csv'), 'windows-1252') }, '--encoding', 'utf-8');
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([
      expect.stringMatching(/^questions\.csv:3: feil\[not-utf8\]: theme "Behov, m.l og l.sning" har byte som ikke er UTF-8 \(tegn 9\)/),
    ]);
  });

  it('refuses bytes that Windows-1252 does not define when it is forced', async () => {
    const result = await validateWith(
      { 'questions.csv': Buffer.from(`${base('questions.csv')}q4,2018-alfa,usikkerhet,x\x81y\n`, 'latin1') },
      '--encoding',
      'windows-1252',
    );
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([expect.stringMatching(/^questions\.csv:5: feil\[not-windows-1252\]: text "x.y" /)]);
  });

  it('reads UTF-16 with a big-endian BOM like little-endian', async () => {
    const text = base('questions.csv');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const expected = (await statsJson(BASE.pathname)).stdout;
    for (const bytes of [le, be]) {
      const result = await statsJson(registerFolder({ 'questions.csv': bytes }));
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(expected);
    }
  });

  it('locates a NUL byte, at the start of a file or far down it', async () => {
    const early = await validateWith({ 'questions.csv': Buffer.from(base('questions.csv').replace('q2,', 'q2\0,')) });
    expect(problemLines(early.stdout)).toEqual([expect.stringMatching(/^questions\.csv:3: feil\[binary-file\]/)]);
    const filler = Array.from({ length: 5000 }, (_, i) => `q${i + 10},2018-alfa,usikkerhet,${'tekst '.repeat(4)}\n`).join('');
    const late = await validateWith({ 'questions.csv': `${base('questions.csv')}${filler}q9,2018-alfa,usikkerhet,a\0b\n` });
    expect(late.code).toBe(1);
    expect(problemLines(late.stdout)).toEqual([expect.stringMatching(/^questions\.csv:5005: feil\[control-character\]: text "a\\u0000b" /)]);
  });
});

describe('line ends', () => {
  it('reads a CRLF inside a quoted cell of an LF file', async () => {
    const dir = registerFolder({ 'questions.csv': base('questions.csv').replace('Hva trenger brukerne?', '"Hva trenger\r\nbrukerne?"') });
    const result = await statsJson(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await statsJson(BASE.pathname)).stdout);
  });

  it('reads a file whose line ends change half-way row by row, and counts its lines', async () => {
    const lines = base('questions.csv').trimEnd().split('\n');
    const mixed = `${lines.slice(0, 2).join('\r\n')}\r\n${lines.slice(2).join('\n')}\nq4,2018-alfa,usikkerhett,x\n`;
    const result = await validateWith({ 'questions.csv': mixed });
    expect(problemLines(result.stdout)).toEqual([expect.stringMatching(/^questions\.csv:5: feil\[unknown-theme\]/)]);
    const crFirst = `${lines.slice(0, 3).join('\n')}\n${lines.slice(3).join('\r\n')}\r\n`;
    expect((await statsJson(registerFolder({ 'questions.csv': crFirst }))).stdout).toBe((await statsJson(BASE.pathname)).stdout);
  });
});
