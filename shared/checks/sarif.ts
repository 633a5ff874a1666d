/**
 * SARIF 2.1.0 for CI and code-scanning tools: one run over every document checked, each an artifact; rules with help
 * text, results with regions, fixes as SARIF fixes; documents that could not be read as the invocation's error
 * notifications.
 */
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
  invocations?: SarifInvocation[];
}

/** How the run went: a document that could not be read is an error notification, and the run not successful. */
export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications: {
    level: 'error';
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  }[];
}

/** One document's findings; `text` is its flat text the offsets point into. */
export interface SarifDocument {
  file: string;
  findings: readonly Finding[];
  text?: string;
}

export interface SarifOptions {
  rules?: readonly Rule[];
  version?: string;
  /** Documents that could not be read, with why. */
  unread?: readonly { file: string; message: string }[];
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

/**
 * A file path as a SARIF artifact URI (RFC 3986): relative paths stay relative references, each segment
 * percent-encoded (`#`, `?`, `%`, spaces, and a `:` that would make the first segment read as a scheme), separators
 * `/`; a Windows drive path becomes a `file:` URI.
 */
export function artifactUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  const rest = drive ? path.slice(drive.length) : path;
  const encoded = rest
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return drive ? `file:///${drive}${encoded}` : encoded;
}

/** Regions of one document: lines, columns and snippets when its text is known; otherwise offsets and the finding's line. */
function regionOf(text: string | undefined) {
  const lines = text === undefined ? null : lineIndex(text);
  return (start: number, end: number, line: number, withSnippet: boolean): SarifRegion => {
    const r: SarifRegion = {
      startLine: lines ? lines.lineOf(start) : line,
      charOffset: start,
      charLength: end - start,
    };
    if (lines) {
      r.startColumn = lines.columnOf(start);
      r.endLine = lines.lineOf(end);
      r.endColumn = lines.columnOf(end);
      if (withSnippet && text !== undefined) r.snippet = { text: text.slice(start, end) };
    }
    return r;
  };
}

function results(doc: SarifDocument, artifact: number, ruleIndex: Map<string, number>): SarifResult[] {
  const uri = artifactUri(doc.file);
  const region = regionOf(doc.text);
  const artifactLocation = { uri, index: artifact };
  return doc.findings.map((f) => {
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(f.start, f.end, f.line, true) } }],
    };
    const fix = (edit: Fix, suggestion: boolean): SarifFix => ({
      description: { text: suggestion ? `Suggestion: ${edit.description}` : edit.description },
      artifactChanges: [
        {
          artifactLocation,
          replacements: [
            { deletedRegion: region(edit.start, edit.end, f.line, false), insertedContent: { text: edit.replacement } },
          ],
        },
      ],
      ...(suggestion ? { properties: { suggestion: true as const } } : {}),
    });
    const fixes = [...(f.fix ? [fix(f.fix, false)] : []), ...(f.suggestion ? [fix(f.suggestion, true)] : [])];
    if (fixes.length > 0) result.fixes = fixes;
    return result;
  });
}

/** One SARIF log with one run over `documents`, in their order. */
export function toSarif(documents: readonly SarifDocument[], options: SarifOptions = {}): SarifLog {
  const rules = options.rules ?? RULES;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const unread = options.unread ?? [];
  const run: SarifRun = {
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
          help: {
            text: `${r.description}${r.fixable ? ' `td-lens check --fix` applies the sure fixes.' : ''}${r.suggests ? " Suggestions are the editor's to choose: `td-lens check --fix` never applies them." : ''}`,
          },
          defaultConfiguration: { level: sarifLevel(r.severity) },
          properties: { fixable: r.fixable, suggests: r.suggests === true },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    artifacts: documents.map((doc) => ({ location: { uri: artifactUri(doc.file) } })),
    results: documents.flatMap((doc, i) => results(doc, i, ruleIndex)),
  };
  if (unread.length > 0) {
    run.invocations = [
      {
        executionSuccessful: false,
        toolExecutionNotifications: unread.map((u) => ({
          level: 'error',
          message: { text: u.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(u.file) } } }],
        })),
      },
    ];
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
