// The words of a share-card line cut into pieces of one face each, in the order they are seen.
// resvg shapes Arabic (joining, ligatures, marks) within one <text> element, but with the system's
// fonts off it falls back from one given face to another for nothing (a character the first family
// lacks is drawn as a box), and a <text> that mixes the two faces in <tspan>s can vanish altogether
// (resvg 2.6 drops "أحد على" followed by a Noto Sans span). So each piece here is drawn as its own
// <text> in one face, and the pieces are ordered with the rules of the Unicode bidirectional
// algorithm (UAX #9) that card text needs: strong Arabic and Latin letters, numbers (European and
// Arabic-Indic digits), neutrals resolved from their neighbours, runs reversed by level, brackets
// mirrored in right-to-left runs. No explicit embeddings.

/** Which face draws a piece. */
export type Script = 'arabic' | 'latin';
/** The bidi type of a piece: right-to-left letters, left-to-right letters, a number, or a neutral. */
type Kind = 'R' | 'L' | 'EN' | 'AN' | 'N';

/** One piece of a line: text in one face, its bidi level, and whether a space is seen left of it. */
export interface Piece {
  /** The text as it is drawn (a right-to-left neutral already reversed and mirrored). */
  text: string;
  script: Script;
  /** Embedding level: even is left to right, odd right to left. */
  level: number;
  /** A space separates this piece from the piece seen left of it. */
  space: boolean;
}

/** Digits: European, Arabic-Indic and Eastern Arabic-Indic. */
const DIGITS = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
/** Arabic script that is not a letter or a digit (، ؛ ؟ ٪ and the joiners), drawn in the Arabic face. */
const ARABIC_OTHER = /[\u0600-\u06ff\u200c\u200d]/u;
// Arabic letters with their marks, the tatweel and the joiners (ZWNJ, ZWJ); other letters (Latin); a number with its
// separators (5,000 or ٥٬٠٠٠); or any other single character.
const TOKEN = new RegExp(
  `(?<num>[${DIGITS}]+(?:[.,\\u066b\\u066c][${DIGITS}]+)*)|(?<r>[[\\p{scx=Arabic}&&[\\p{L}\\p{M}]]\\u200c\\u200d]+)|(?<l>[[\\p{L}\\p{M}]--\\p{scx=Arabic}]+(?:['’][[\\p{L}\\p{M}]--\\p{scx=Arabic}]+)*)|(?<n>.)`,
  'gsv',
);

const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

interface Token {
  text: string;
  kind: Kind;
  script: Script;
  word: number;
}

/** Cuts words into tokens: a run of Arabic letters, of Latin letters, a number, or one neutral character. */
function tokens(words: string[]): Token[] {
  const out: Token[] = [];
  words.forEach((w, word) => {
    // The space between words is a neutral too: its level can end a run (UAX #9, N1 and L2).
    if (word > 0) out.push({ text: ' ', kind: 'N', script: out.at(-1)?.script ?? 'latin', word: -1 });
    for (const m of w.matchAll(TOKEN)) {
      const g = m.groups!;
      const text = m[0];
      if (g.num)
        out.push({
          text,
          kind: /[\u0660-\u0669\u06f0-\u06f9]/u.test(text) ? 'AN' : 'EN',
          script: /[0-9]/.test(text) ? 'latin' : 'arabic',
          word,
        });
      else if (g.r) out.push({ text, kind: 'R', script: 'arabic', word });
      else if (g.l) out.push({ text, kind: 'L', script: 'latin', word });
      else out.push({ text, kind: 'N', script: ARABIC_OTHER.test(text) ? 'arabic' : 'latin', word });
    }
  });
  return out;
}

/**
 * The pieces of one line in visual order, left to right. `rtl` is the paragraph direction.
 */
export function visualPieces(line: string, rtl: boolean): Piece[] {
  const toks = tokens(line.split(/\s+/).filter(Boolean));
  const p = rtl ? 1 : 0;
  // W2 and W7: a European number after Arabic letters is an Arabic number; after Latin letters, Latin.
  let strong: 'R' | 'L' = rtl ? 'R' : 'L';
  const types = toks.map((t) => {
    if (t.kind === 'R' || t.kind === 'L') return (strong = t.kind);
    if (t.kind === 'EN') return strong === 'R' ? 'AN' : p === 0 ? 'L' : 'EN';
    return t.kind;
  });
  // N1, N2: a run of neutrals takes the direction of the text on both sides (numbers count as
  // right to left), or the paragraph's when the sides differ.
  const dirOf = (t: Kind) => (t === 'L' ? 'L' : 'R');
  const resolved = types.map((t, i) => {
    if (t !== 'N') return t;
    let before: 'L' | 'R' = rtl ? 'R' : 'L';
    for (let j = i - 1; j >= 0; j--)
      if (types[j] !== 'N') {
        before = dirOf(types[j]);
        break;
      }
    let after: 'L' | 'R' = rtl ? 'R' : 'L';
    for (let j = i + 1; j < types.length; j++)
      if (types[j] !== 'N') {
        after = dirOf(types[j]);
        break;
      }
    return before === after ? before : rtl ? 'R' : 'L';
  });
  // I1, I2: levels from the resolved types.
  const levels = resolved.map((t) => (p === 0 ? (t === 'L' ? 0 : t === 'R' ? 1 : 2) : t === 'R' ? 1 : 2));
  // Neighbouring tokens of one face and one level become one piece, drawn by resvg as one <text>,
  // which shapes and spaces it as running text. resvg orders a <text> as a left-to-right paragraph,
  // so a right-to-left piece must start and end with Arabic letters (neutrals at its ends would land
  // on the wrong side): its neutrals join it only between letters, and a neutral on its own right to
  // left is reversed and its brackets mirrored here. A space that joins no piece is a gap.
  type Built = Piece & { gap: boolean; neutral: boolean };
  const joins = (cur: Built | undefined, i: number): boolean => {
    const t = toks[i];
    if (!cur || cur.gap || cur.script !== t.script || cur.level !== levels[i]) return false;
    if (cur.level % 2 === 0) return t.text !== ' ' || (i + 1 < toks.length && joins(cur, i + 1));
    if (cur.neutral) return false;
    if (t.kind === 'R') return true;
    // A space or neutral inside a right-to-left piece: only when Arabic letters of the same level follow.
    for (let j = i + 1; j < toks.length; j++) {
      if (levels[j] !== cur.level || toks[j].script !== 'arabic') return false;
      if (toks[j].kind === 'R') return true;
      if (toks[j].kind !== 'N') return false;
    }
    return false;
  };
  const pieces: Built[] = [];
  toks.forEach((t, i) => {
    const last = pieces.at(-1);
    if (joins(last, i)) {
      last!.text += t.text;
      last!.neutral &&= t.kind === 'N';
    } else
      pieces.push({
        text: t.text,
        script: t.script,
        level: levels[i],
        space: false,
        gap: t.text === ' ',
        neutral: t.kind === 'N',
      });
  });
  for (const pc of pieces)
    if (pc.neutral && !pc.gap && pc.level % 2 === 1)
      pc.text = [...pc.text]
        .reverse()
        .map((c) => MIRROR[c] ?? c)
        .join('');
  // L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
  const order = [...pieces];
  const max = Math.max(0, ...order.map((pc) => pc.level));
  for (let lev = max; lev >= 1; lev--) {
    for (let i = 0; i < order.length;) {
      if (order[i].level < lev) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && order[j].level >= lev) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  const out: Piece[] = [];
  let space = false;
  for (const pc of order) {
    if (pc.gap) space = true;
    else {
      out.push({ text: pc.text, script: pc.script, level: pc.level, space: space && out.length > 0 });
      space = false;
    }
  }
  return out;
}
