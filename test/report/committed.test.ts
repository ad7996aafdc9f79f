import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO } from '../support/report.js';

// reports/2019/ in the repository is made from data/ by `digiraad report`. This fails when the
// data or the report code changed and the folder was not written again:
//   node bin/digiraad.js report      (then commit reports/2019/)
describe('the committed reports/2019/', () => {
  it('is what the shipped data gives now', async () => {
    const run = await runCli(['report', '--check', '--report', '2019'], { cwd: REPO });
    expect(run.stderr).toContain('reports/2019 er oppdatert');
    expect(run.code).toBe(0);
  });
});
