/**
 * The ITU-T group a text names, as the headers of agendas and the people writing them name it:
 *
 *   group     := 'TSAG' | 'SG' [' '] n | 'Study Group ' n                       SG12
 *              | ('WP' [' '] | 'Working Party ') wp '/' (n | 'TSAG')               WP3/12 → SG12, WP2/TSAG → TSAG
 *              | questions                                                       Q2/12 → SG12
 *   questions := the Questions of one line, all of one study group (refs/question.ts reads them: `Q4/17`,
 *                `Q4/12 and Q5/12`, `Questions 1 and 7/17`, `Qs 16 and 17/16`, `Q.12/16`)
 *
 * Another sector's groups (`ITU-R SG6`, `ITU-D Q2/1`) are not ITU-T's. The first group in the text wins. Questions of several study groups on their line (a joint session such as
 * `Q4/9, Q5/9 and Q13/16`) name no single group: the text's group is then unknown (null), not guessed.
 */
import { findReferences } from '../refs/find-references';
import type { QuestionRef } from '../refs/question';
import { otherSectorBefore } from '../refs/sector';
import type { Span } from '../text/spans';

/** A group and where the text names it. */
export interface NamedGroup extends Span {
  /** `TSAG`, `SG12`. */
  group: string;
}

const GROUP_RE =
  /(?<![A-Za-z0-9_-])(?:Working Party \d{1,2}\/(TSAG|\d{1,2})|WP ?\d{1,2}\/(TSAG|\d{1,2})|(TSAG)|Study Group (\d{1,2})|SG ?(\d{1,2}))(?![A-Za-z0-9_])/g;

/** The first group written out, not another sector's (`ITU-R SG6`). */
function writtenGroup(text: string): NamedGroup | null {
  GROUP_RE.lastIndex = 0;
  for (let m = GROUP_RE.exec(text); m !== null; m = GROUP_RE.exec(text)) {
    if (otherSectorBefore(text, m.index)) continue;
    const wpOf = m[1] ?? m[2];
    const group =
      wpOf !== undefined
        ? wpOf === 'TSAG'
          ? 'TSAG'
          : `SG${Number(wpOf)}`
        : m[3] !== undefined
          ? 'TSAG'
          : `SG${Number(m[4] ?? m[5])}`;
    return { group, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The Questions on the line of the first one: their study group when they share one, else `ambiguous`. */
function questionsGroup(text: string): NamedGroup | 'ambiguous' | null {
  const questions = findReferences(text, { kinds: ['question'] }) as QuestionRef[];
  const first = questions[0];
  if (!first) return null;
  const lineEnd = text.indexOf('\n', first.start);
  const line = questions.filter((q) => lineEnd < 0 || q.start < lineEnd);
  const groups = new Set(line.map((q) => q.studyGroup));
  if (groups.size > 1) return 'ambiguous';
  return { group: `SG${first.studyGroup}`, start: first.start, end: line[line.length - 1].end };
}

/**
 * The first group `text` names (a group, a working party, the Questions of one study group); null when it names none
 * or a joint session of several. Only the first `head` characters are read for Questions; past them, a group written
 * out still counts (an agenda whose header names none).
 */
export function namedGroup(text: string, head = text.length): NamedGroup | null {
  const top = text.slice(0, head);
  const written = writtenGroup(top);
  const questions = questionsGroup(top.slice(0, written ? written.start : top.length));
  if (questions === 'ambiguous') return null;
  return questions ?? written ?? (head < text.length ? writtenGroup(text) : null);
}
