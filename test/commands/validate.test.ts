import { describe, expect, it } from 'vitest';
import { runCli, SHIPPED_NOTE } from '../support/cli.js';

describe('digiraad validate', () => {
  it('says the shipped registers are valid, in bokmål by default and in English with --lang en', async () => {
    expect(await runCli(['validate'])).toEqual({
      code: 0,
      stderr: SHIPPED_NOTE,
      stdout: '✓ data: registrene er gyldige (56 rådsbehandlinger, 165 spørsmål, 431 anbefalinger, 36 erfaringssamtaler, 3 rapporter)\n',
    });
    expect((await runCli(['validate', '--lang', 'en'])).stdout).toBe(
      '✓ data: the registers are valid (56 treatments, 165 questions, 431 recommendations, 36 conversations, 3 reports)\n',
    );
  });
});
