import type { Figures } from '../model/figures.js';
import { inPeriod, type Scope } from './scope.js';

export function conversationFigures(scope: Scope): Figures['conversations'] {
  return { total: scope.conversations.length, inPeriod: scope.conversations.filter((c) => inPeriod(c.date, scope.period)).length };
}
