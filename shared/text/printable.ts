/**
 * Text from a file, made safe to put in a message: a terminal reads ESC, BEL and the C1 controls as commands
 * (`ESC ] 0 ; title BEL` retitles the window, `ESC [ 2 J` clears it), and bidirectional overrides reorder what
 * the reader sees. Each such character is shown as a visible escape (`\x1b`, `\u202e`) instead, never passed through.
 */

/**
 * Bidirectional controls (Unicode's Bidi_Control property: ALM, LRM, RLM, the embeddings and overrides, the
 * isolates): each reorders what follows on screen, so text shown around one can read differently than it is.
 * Escaped in every output format (JSON and SARIF too: cli/output.ts), not only in messages.
 */
export const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

// C0 controls (tab, line breaks included: a message is one line), DEL, C1 controls, bidi controls, line and
// paragraph separators.
const UNSAFE = new RegExp(`[\u0000-\u001f\u007f-\u009f\u2028\u2029${BIDI_CONTROLS}]`, 'g');

const escape = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every control character written as a visible escape (`\xXX`, `\uXXXX`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** `printable`, shortened to `max` characters with an ellipsis (for echoing a value read from a file). */
export function printableExcerpt(text: string, max = 60): string {
  const chars = [...text];
  return printable(chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`);
}
