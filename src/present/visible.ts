/**
 * Register text as it may be shown on a terminal or in a text format: C0 and C1 control
 * characters, DEL and the bidirectional controls are written as visible escapes (`\x1b`,
 * `\u202e`), so that an escape sequence in a project name cannot retitle or clear the terminal,
 * and a right-to-left override cannot make a line read differently from what it holds. Data
 * formats (JSON, CSV) keep the text as it is: they are for programs, and JSON escapes controls
 * itself.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
