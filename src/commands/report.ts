import { DigiraadError, EXIT } from '../errors.js';
import type { CommonOptions, Context } from './context.js';

export interface ReportOptions extends CommonOptions {
  check?: boolean;
}

export async function runReport(_ctx: Context, _options: ReportOptions): Promise<void> {
  throw new DigiraadError('digiraad report is not built yet', EXIT.usage);
}
