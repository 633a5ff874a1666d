/**
 * Left-boundary checks done by hand: a regex that starts with a lookbehind loses V8's fast literal scan, so the
 * grammars start at their literal (`TD`, `WP`, `Res`...) and test the character before the match here.
 */

/** A-Z, a-z, 0-9, `_`. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True when the character before `index` is not a word character nor one of `alsoForbidden`. */
export function boundaryBefore(text: string, index: number, alsoForbidden = ''): boolean {
  if (index <= 0) return true;
  const code = text.charCodeAt(index - 1);
  if (isWordCode(code)) return false;
  return alsoForbidden.length === 0 || alsoForbidden.indexOf(text[index - 1]) < 0;
}
