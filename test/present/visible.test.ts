import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/present/visible.js';
import { runCli, tempDir } from '../support/cli.js';

const BASE = new URL('../fixtures/base', import.meta.url).pathname;
const ESC_TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J';

describe('visible', () => {
  it('escapes C0, DEL, C1 and bidi controls; leaves other text alone', () => {
    expect(visible(`a${ESC_TITLE}b`)).toBe('a\\x1b]0;pwned\\x07b');
    expect(visible('x\u009b2Jy\u007f')).toBe('x\\x9b2Jy\\x7f');
    expect(visible('abc\u202etxt.exe\u2066')).toBe('abc\\u202etxt.exe\\u2066');
    expect(visible('Æøå – «sitat» \u00a0')).toBe('Æøå – «sitat» \u00a0');
  });
});

/** The base registers with an escape sequence in a project name and a bidi override in an agency. */
function hostileData(): string {
  const data = join(tempDir(), 'data');
  cpSync(BASE, data, { recursive: true });
  const projects = readFileSync(join(data, 'projects.csv'), 'utf8')
    .replace('Beta «ny» portal', `Beta${ESC_TITLE}${CLEAR}`)
    .replaceAll('Arkivverket', 'Arkiv\u202everket');
  writeFileSync(join(data, 'projects.csv'), projects);
  return data;
}

const rawControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('register text on a terminal', () => {
  // Validation refuses controls in any cell (issue 9), so projects never prints them; its refusal shows them escaped.
  it.each([['table'], ['markdown']])('projects --format %s refuses the controls and shows them escaped', async (format) => {
    const result = await runCli(['projects', '--data', hostileData(), '--format', format], { cwd: tempDir() });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(rawControls);
    expect(result.stderr).toMatch(/Arkiv\\+u202everket/);
  });

  it('validate\'s value and its "did you mean" show the escapes', async () => {
    const data = hostileData();
    const projects = readFileSync(join(data, 'projects.csv'), 'utf8')
      .replace('2018-alfa,', `2018-alfa${CLEAR},`)
      .replaceAll(',2018-alfa', `,2018-alfa${CLEAR}`);
    writeFileSync(join(data, 'projects.csv'), projects);
    const recommendations = readFileSync(join(data, 'recommendations.csv'), 'utf8').replace('r1,2018-alfa,', `r1,2018-alfa${CLEAR}x\u009b,`);
    writeFileSync(join(data, 'recommendations.csv'), recommendations);
    const result = await runCli(['validate', '--data', data, '--lang', 'en'], { cwd: tempDir() });
    expect(result.stdout).not.toMatch(rawControls);
    expect(result.stdout).toContain('project_id "2018-alfa\\u001b[2Jx\\x9b"');
  });
});
