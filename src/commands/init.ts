import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ioError } from '../errors.js';
import { registerTemplates, type TemplateFile } from '../present/register-templates.js';
import { displayPath, type CommonOptions, type Context } from './context.js';

export interface InitOptions extends CommonOptions {
  force?: boolean;
}

/** Writes empty registers, their Excel variants and a README into a new data folder. */
export async function runInit(ctx: Context, options: InitOptions, [dir]: string[]): Promise<void> {
  const target = resolve(ctx.io.cwd, dir!);
  const shown = displayPath(ctx.io.cwd, target);
  const files = registerTemplates(ctx.loc.lang);
  await writeTemplates(target, shown, files, options.force === true);
  const { t } = ctx.loc;
  const lines = [t.initWrote(ctx.loc.number(files.length), shown), ...files.map((f) => `  ${join(shown, f.path)}`), t.initNext(shown)];
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Writes the files under `dir`. Unless `force`, nothing is written when any of them exists
 * already: exit code 3, as for any file that cannot be written, since the fix is the same (another
 * folder, or --force), not a change to the command.
 */
async function writeTemplates(dir: string, shown: string, files: TemplateFile[], force: boolean): Promise<void> {
  if (!force) {
    const exists = async (path: string) => access(path).then(() => true, () => false);
    const existing = [];
    for (const f of files) if (await exists(join(dir, f.path))) existing.push(join(shown, f.path));
    if (existing.length > 0) {
      const named = existing.length === 1 ? existing[0] : `${existing[0]} (and ${existing.length - 1} more)`;
      throw ioError(`will not overwrite ${named}: nothing was written; --force overwrites, or name a new folder`);
    }
  }
  for (const f of files) {
    const path = join(dir, f.path);
    try {
      await mkdir(dirname(path), { recursive: true });
      // 'wx' fails rather than overwrite a file that appeared since the check above.
      await writeFile(path, f.content, { flag: force ? 'w' : 'wx' });
    } catch (error) {
      throw ioError(`could not write ${join(shown, f.path)}: ${(error as Error).message}`);
    }
  }
}
