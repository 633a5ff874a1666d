/**
 * htmlparser2 with a nesting cap, for every markup reader (.docx parts in XML mode, HTML agendas).
 *
 * Why a cap: htmlparser2 keeps its open elements in an array it grows at the front, so each element costs as much as
 * the current depth; 300k nested `<w:sdt>` (a few kB zipped) took minutes. Real documents nest a few dozen deep.
 * Past MAX_NESTING_DEPTH the parse stops with a NestingError saying where, so the work stays linear in the input.
 */
import { Parser, type ParserOptions } from 'htmlparser2';
import { MAX_NESTING_DEPTH } from './limits';

/** Where a text sits, for messages: the .docx part it is (or is cut from), and its offset there. */
export interface MarkupSource {
  part?: string;
  offset?: number;
}

export class NestingError extends Error {
  constructor(source: MarkupSource, index: number) {
    const at = `character ${(source.offset ?? 0) + index}`;
    super(`elements nested deeper than ${MAX_NESTING_DEPTH} levels (${source.part ? `${source.part}, ` : ''}${at})`);
    this.name = 'NestingError';
  }
}

export interface MarkupHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Streams `text` through the handlers. htmlparser2 is lenient: it closes what is left open at the end of the input
 * instead of failing, so a part cut short would read as a shorter document. Returns false when that happened (or no
 * element was seen), so an XML reader can call the input corrupt rather than lose text silently.
 */
export function parseMarkup(text: string, handlers: MarkupHandlers, options: ParserOptions, source: MarkupSource = {}): boolean {
  let depth = 0;
  let sawElement = false;
  let ending = false;
  let closedAtEnd = false;
  const parser: Parser = new Parser(
    {
      onopentag: (name, attrs) => {
        if (++depth > MAX_NESTING_DEPTH) throw new NestingError(source, parser.startIndex);
        sawElement = true;
        handlers.open(name, attrs);
      },
      onclosetag: (name) => {
        depth--;
        if (ending) closedAtEnd = true;
        handlers.close?.(name);
      },
      ontext: (text) => handlers.text?.(text),
    },
    options,
  );
  parser.write(text);
  ending = true;
  parser.end();
  return sawElement && !closedAtEnd;
}

/** XML parts of a .docx: elements and entities as written, self-closing tags honoured. */
export const XML_OPTIONS: ParserOptions = { xmlMode: true, decodeEntities: true };
