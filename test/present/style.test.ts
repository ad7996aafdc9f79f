import { describe, expect, it } from 'vitest';
import { runBuilt } from '../support/spawn.js';

// Output to a pipe is styled without chalk unless the environment asks for colour (src/present/style.ts):
// the rules must stay supports-color's.
const ansi = /\x1b\[/;

describe('colour on a pipe', () => {
  it.each([
    [{}, false],
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [{ TF_BUILD: 'True', AGENT_NAME: 'Azure Pipelines' }, true],
    [{ TF_BUILD: 'True', AGENT_NAME: 'Azure Pipelines', NO_COLOR: '1' }, false],
    [{ TF_BUILD: 'True' }, false],
  ])('with %j: %s', async (env, colour) => {
    const { stdout, code } = await runBuilt(['stats', '--lang', 'en'], { env });
    expect(code).toBe(0);
    expect(stdout).toContain('Projects treated');
    expect(ansi.test(stdout)).toBe(colour);
  });
});
