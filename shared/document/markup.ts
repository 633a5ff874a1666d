/**
 * htmlparser2 with a nesting cap, for the HTML agenda reader (XML is read by xml.ts).
 *
 * Why a cap: htmlparser2 keeps its open elements in an array it grows at the front, so each element costs as much as
 * the current depth; 300k nested elements (a few kB) took minutes. Real documents nest a few dozen deep. Past
 * MAX_NESTING_DEPTH the parse stops with a NestingError saying where, so the work stays linear in the input.
 */
import { Parser, type ParserOptions } from 'htmlparser2';
import { MAX_NESTING_DEPTH } from './limits';

export class NestingError extends Error {
  constructor(index: number) {
    super(`elements nested deeper than ${MAX_NESTING_DEPTH} levels (character ${index})`);
    this.name = 'NestingError';
  }
}

export interface MarkupHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Streams `text` through the handlers (htmlparser2 is lenient: what is left open at the end is closed). */
export function parseMarkup(text: string, handlers: MarkupHandlers, options: ParserOptions): void {
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag: (name, attrs) => {
        if (++depth > MAX_NESTING_DEPTH) throw new NestingError(parser.startIndex);
        handlers.open(name, attrs);
      },
      onclosetag: (name) => {
        depth--;
        handlers.close?.(name);
      },
      ontext: (text) => handlers.text?.(text),
    },
    options,
  );
  parser.write(text);
  parser.end();
}
