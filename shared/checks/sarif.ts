/** SARIF 2.1.0 for CI and code-scanning tools: rules with help text, results with regions, fixes as SARIF fixes. */
import { lineIndex } from '../text/lines';
import { RULES } from './registry';
import type { Finding, Fix, Rule, Severity } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset: number;
  charLength: number;
  snippet?: { text: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      informationUri: string;
      version: string;
      rules: SarifRule[];
    };
  };
  columnKind: 'utf16CodeUnits';
  artifacts: { location: { uri: string } }[];
  results: SarifResult[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { fixable: boolean; suggests: boolean };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: SarifRegion } }[];
  fixes?: SarifFix[];
}

/** A sure fix, or a suggestion (`properties.suggestion`: the editor's choice, never applied unasked). */
export interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: { uri: string; index: number };
    replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
  }[];
  properties?: { suggestion: true };
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** A file path as a SARIF artifact URI (relative paths stay relative; separators become `/`). */
export function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

/**
 * `text` is the document's flat text the offsets point into; without it regions carry offsets and a line only
 * when findings say it, no columns.
 */
export function toSarif(file: string, findings: readonly Finding[], text?: string, options: { rules?: readonly Rule[]; version?: string } = {}): SarifLog {
  const rules = options.rules ?? RULES;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const lines = text === undefined ? null : lineIndex(text);
  const uri = artifactUri(file);
  const region = (start: number, end: number, line: number, withSnippet: boolean): SarifRegion => {
    const r: SarifRegion = { startLine: lines ? lines.lineOf(start) : line, charOffset: start, charLength: end - start };
    if (lines) {
      r.startColumn = lines.columnOf(start);
      r.endLine = lines.lineOf(end);
      r.endColumn = lines.columnOf(end);
      if (withSnippet && text !== undefined) r.snippet = { text: text.slice(start, end) };
    }
    return r;
  };
  const results: SarifResult[] = findings.map((f) => {
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? -1,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 }, region: region(f.start, f.end, f.line, true) } }],
    };
    const fix = (edit: Fix, suggestion: boolean): SarifFix => ({
      description: { text: suggestion ? `Suggestion: ${edit.description}` : edit.description },
      artifactChanges: [
        {
          artifactLocation: { uri, index: 0 },
          replacements: [{ deletedRegion: region(edit.start, edit.end, f.line, false), insertedContent: { text: edit.replacement } }],
        },
      ],
      ...(suggestion ? { properties: { suggestion: true as const } } : {}),
    });
    const fixes = [...(f.fix ? [fix(f.fix, false)] : []), ...(f.suggestion ? [fix(f.suggestion, true)] : [])];
    if (fixes.length > 0) result.fixes = fixes;
    return result;
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'td-lens',
            informationUri: 'https://github.com/td-lens/td-lens',
            version: options.version ?? '0.1.0',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.title,
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}${r.fixable ? ' `td-lens check --fix` applies the sure fixes.' : ''}${r.suggests ? ' Suggestions are the editor\'s to choose: `td-lens check --fix` never applies them.' : ''}` },
              defaultConfiguration: { level: sarifLevel(r.severity) },
              properties: { fixable: r.fixable, suggests: r.suggests === true },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: [{ location: { uri } }],
        results,
      },
    ],
  };
}
