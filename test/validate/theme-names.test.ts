import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');

/** Every `from` in a register's lines replaced by `to`, to write its themes another way. */
function rewrite(file: string, names: [from: RegExp, to: string][]): void {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of names) text = text.replace(from, to);
  writeFileSync(file, text);
}

describe('theme names in the registers', () => {
  it('counts the nynorsk names and the names of later reports as the themes they stand for', async () => {
    const dir = join(tempDir(), 'data');
    cpSync(DATA, dir, { recursive: true });
    rewrite(join(dir, 'questions.csv'), [
      [/,"Behov, mål og løsning",/g, ',"Behov, mål og løysing",'],
      [/,Usikkerhet,/g, ',Risiko og risikostyring,'],
      [/,Gevinstrealisering,/g, ',Gevinst og gevinstrealisering,'],
      [/,IT-politiske føringer,/g, ',IT-politiske føringar,'],
    ]);
    rewrite(join(dir, 'recommendations.csv'), [
      [/,usikkerhet,/g, ',Usikkerheit,'],
      [/,gevinstrealisering,/g, ',GEVINST OG GEVINSTREALISERING,'],
      [/,behov-mal-og-losning,/g, ',behov mal og loysing,'],
      [/,it-politiske-foringer,/g, ',it-politiske foringar,'],
    ]);
    expect(readFileSync(join(dir, 'questions.csv'), 'utf8')).toContain(',Risiko og risikostyring,');
    expect(readFileSync(join(dir, 'recommendations.csv'), 'utf8')).toContain(',GEVINST OG GEVINSTREALISERING,');

    const validate = await runCli(['validate', '--data', dir, '--lang', 'nn']);
    expect(validate.code, validate.stdout).toBe(0);
    const themes = async (data: string) => JSON.parse((await runCli(['stats', '--format', 'json', '--data', data])).stdout).themes;
    const shipped = await themes(DATA);
    expect(shipped.usikkerhet).toMatchObject({ questions: 17, recommendations: 52 });
    expect(await themes(dir)).toEqual(shipped);
  });
});
