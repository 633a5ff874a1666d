/**
 * Never fight the page. When the page undoes a mark right after it went in (a framework putting its text back), it
 * is reacting to TD Lens: that text is left alone, and an element whose content keeps fighting is no longer
 * followed. Updates of the page's own, well after the marking, are not fights: the new text is read again.
 */
import type { AnnotatedRun } from './annotate';

/** The page undoing a mark this soon after it went in is reacting to it: a fight, not an update of its own. */
export const FIGHT_WINDOW_MS = 100;
/** After this many fights inside one element, its subtree is no longer followed. */
export const MAX_FIGHTS = 3;

interface Fight {
  count: number;
  /** Texts of runs the page undid right away, and when: the same text coming back is the page putting it back. */
  undone: Map<string, number>;
}

export interface FightTracker {
  /** The page undid `run` (marked at `markedAt`; TD Lens has taken its nodes away) inside `parent`. */
  undone(run: AnnotatedRun, parent: Node | null, markedAt: number): void;
  /** Text the page wants as it is (its node back with its text, or text put back right after a fight): noted, true. */
  leaveAlone(node: Node): boolean;
  isLeftAlone(node: Node): boolean;
  /** An element dropped itself (its content kept fighting). */
  isDropRoot(node: Node): boolean;
  /** Inside a dropped element. */
  isDropped(node: Node): boolean;
  counts(): { fights: number; dropped: number };
}

export function createFightTracker(now: () => number = () => performance.now()): FightTracker {
  /** Text nodes the page put back after undoing a mark: left alone. */
  const leftAlone = new WeakSet<Node>();
  const fights = new WeakMap<Node, Fight>();
  /** Elements whose content kept fighting: not read or followed any more. */
  const dropped = new WeakSet<Node>();
  const counts = { fights: 0, dropped: 0 };

  /** A text node the page (re)inserts with the text of a run it undid right away: it wants that text as it is. */
  const isPutBack = (node: Node): boolean => {
    if (node.nodeType !== Node.TEXT_NODE || !node.parentNode) return false;
    const when = fights.get(node.parentNode)?.undone.get((node as Text).data);
    return when !== undefined && now() - when <= FIGHT_WINDOW_MS;
  };

  return {
    undone(run, parent, markedAt) {
      // The page's node, back with its own text: the page took TD Lens's marks away and wants it as it is.
      if (run.original.data === run.text) leftAlone.add(run.original);
      const at = now();
      if (!parent || at - markedAt > FIGHT_WINDOW_MS) return;
      counts.fights++;
      let fight = fights.get(parent);
      if (!fight) fights.set(parent, (fight = { count: 0, undone: new Map() }));
      fight.count++;
      fight.undone.set(run.text, at);
      if (fight.undone.size > 8) fight.undone.delete(fight.undone.keys().next().value as string);
      if (fight.count >= MAX_FIGHTS && !dropped.has(parent)) {
        dropped.add(parent);
        counts.dropped++;
      }
    },
    leaveAlone(node) {
      if (!leftAlone.has(node) && !isPutBack(node)) return false;
      leftAlone.add(node);
      return true;
    },
    isLeftAlone: (node) => leftAlone.has(node),
    isDropRoot: (node) => dropped.has(node),
    isDropped(node) {
      for (let n: Node | null = node; n; n = n.parentNode) if (dropped.has(n)) return true;
      return false;
    },
    counts: () => ({ ...counts }),
  };
}
