import { join, resolve } from 'node:path';
import { schemaUrl } from '../model/schemas.js';
import { registerTemplates, WORKBOOK_PATH } from '../present/register-templates.js';
import { registerWorkbook } from '../present/register-workbook.js';
import { writeNewFiles } from '../report/writer.js';
import { CONFIG_FILE } from '../settings.js';
import { displayPath, sourceDateEpoch, type CommonOptions, type Context } from './context.js';

export interface InitOptions extends CommonOptions {
  force?: boolean;
}

/** Writes empty registers, the same as an Excel workbook, and a README into a new data folder. */
export async function runInit(ctx: Context, options: InitOptions, [dir]: string[]): Promise<void> {
  const target = resolve(ctx.io.cwd, dir!);
  const shown = displayPath(ctx.io.cwd, target);
  // No clock in the workbook: SOURCE_DATE_EPOCH, or the earliest date a zip file can hold.
  const time = new Date(sourceDateEpoch(ctx.io.env.SOURCE_DATE_EPOCH) ?? '1980-01-01T00:00:00Z');
  // A settings file that names its schema, so that editors complete and check the settings.
  const config = { path: CONFIG_FILE, content: `${JSON.stringify({ $schema: schemaUrl('config') }, null, 2)}\n` };
  const files = [...registerTemplates(ctx.loc.lang), { path: WORKBOOK_PATH, content: await registerWorkbook(ctx.loc.lang, time) }, config];
  await writeNewFiles(target, shown, files, options.force === true);
  const { t } = ctx.loc;
  const lines = [t.init.wrote(ctx.loc.number(files.length), shown), ...files.map((f) => `  ${join(shown, f.path)}`), t.init.next(shown)];
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}
