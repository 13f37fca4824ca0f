/** Styles, numbering and comments: the parts that give document.xml its meaning. */
import { attr, isOn, levelAttr, MAX_LIST_LEVEL, MAX_OUTLINE_LEVEL, parseXml } from './xml.js';

export interface Style {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  bold?: boolean;
  /** Hidden text (w:vanish): Word neither shows nor prints it. */
  hidden?: boolean;
  numId?: string;
  ilvl?: number;
}

/** Word's built-in style for a document's subtitle (pandoc bases its own on Title). */
const SUBTITLE = /^subtitle$/i;

/** The styles Word and LibreOffice give a table of contents: its entries by level and its heading. */
const CONTENTS = /^(?:toc|contents) ?(?:\d|heading)$/i;

export class Styles {
  constructor(private readonly byId: Map<string, Style>) {}

  /** Heading level: "heading N" by name, "Title" as 1 (not "Subtitle"), or an outline level, following basedOn. */
  headingLevel(styleId: string | undefined): number | undefined {
    for (let id = styleId, hops = 0; id && hops < 20; hops++) {
      const style = this.byId.get(id);
      if (!style) return undefined;
      const named = /^heading\s*(\d)$/i.exec(style.name);
      if (named) return Number(named[1]);
      if (/^title$/i.test(style.name)) return 1;
      // A subtitle (pandoc's is based on Title) stands under the title: text, not a section.
      if (SUBTITLE.test(style.name)) return undefined;
      if (style.outlineLevel !== undefined) return style.outlineLevel < 9 ? style.outlineLevel + 1 : undefined;
      id = style.basedOn;
    }
    return undefined;
  }

  /** A table of contents' style ("toc 1", "TOC Heading" in Word; "Contents 1", "Contents Heading" in LibreOffice), following basedOn. */
  isContents(styleId: string | undefined): boolean {
    for (let id = styleId, hops = 0; id && hops < 20; hops++) {
      const style = this.byId.get(id);
      if (!style) return false;
      if (CONTENTS.test(style.name)) return true;
      id = style.basedOn;
    }
    return false;
  }

  /** The paragraph is in the Subtitle style: the title's second line, however bold it looks. */
  isSubtitle(styleId: string | undefined): boolean {
    const style = styleId === undefined ? undefined : this.byId.get(styleId);
    return style !== undefined && SUBTITLE.test(style.name);
  }

  /** A property set on the style or inherited through basedOn. */
  inherited<K extends keyof Style>(styleId: string | undefined, key: K): Style[K] | undefined {
    for (let id = styleId, hops = 0; id && hops < 20; hops++) {
      const style = this.byId.get(id);
      if (!style) return undefined;
      if (style[key] !== undefined) return style[key];
      id = style.basedOn;
    }
    return undefined;
  }
}

export function readStyles(bytes: Uint8Array | undefined, fileName: string): Styles {
  const byId = new Map<string, Style>();
  if (!bytes) return new Styles(byId);
  let current: Style | undefined;
  let currentId: string | undefined;
  let inRunProps = false;
  parseXml(bytes, fileName, 'word/styles.xml', {
    open(name, a) {
      switch (name) {
        case 'w:style':
          currentId = attr(a, 'styleId');
          current = { name: currentId ?? '' };
          break;
        case 'w:name':
          if (current) current.name = attr(a, 'val') ?? current.name;
          break;
        case 'w:basedOn':
          if (current) current.basedOn = attr(a, 'val');
          break;
        case 'w:outlineLvl':
          if (current) current.outlineLevel = levelAttr(a, 'val', MAX_OUTLINE_LEVEL);
          break;
        case 'w:numId':
          if (current) current.numId = attr(a, 'val');
          break;
        case 'w:ilvl':
          if (current) current.ilvl = levelAttr(a, 'val', MAX_LIST_LEVEL);
          break;
        case 'w:rPr':
          inRunProps = true;
          break;
        case 'w:b':
          if (current && inRunProps) current.bold = isOn(a);
          break;
        case 'w:vanish':
          if (current && inRunProps) current.hidden = isOn(a);
          break;
      }
    },
    close(name) {
      if (name === 'w:rPr') inRunProps = false;
      if (name === 'w:style') {
        if (current && currentId) byId.set(currentId, current);
        current = undefined;
      }
    },
    text() {},
  });
  return new Styles(byId);
}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** What a list instance (w:num) changes of its abstract numbering at one level (w:lvlOverride). */
interface LevelOverride {
  /** "Set numbering value": the list restarts here at this value (w:startOverride). */
  start?: number;
  /** The level redefined whole (LibreOffice writes every list's levels this way). */
  level?: Level;
}

/** Word list numbering, with counters, so numbered headings keep their numbers ("3.2"). */
export class Numbering {
  private readonly counters = new Map<string, number[]>();
  /** "numId:ilvl" of start overrides already applied: a list restarts once, where it is first used. */
  private readonly restarted = new Set<string>();

  constructor(
    private readonly abstracts: Map<string, Map<number, Level>>,
    private readonly nums: Map<string, string>,
    private readonly overrides: Map<string, Map<number, LevelOverride>> = new Map(),
  ) {}

  level(numId: string, ilvl: number): Level | undefined {
    const overridden = this.overrides.get(numId)?.get(ilvl)?.level;
    if (overridden) return overridden;
    const abstract = this.nums.get(numId);
    return abstract === undefined ? undefined : this.abstracts.get(abstract)?.get(ilvl);
  }

  isBullet(numId: string, ilvl: number): boolean {
    const format = this.level(numId, ilvl)?.format;
    return format === undefined || format === 'bullet' || format === 'none';
  }

  /** Advances the list's counter and returns the label Word would show, e.g. "3.2" or "b)". */
  next(numId: string, ilvl: number): string | undefined {
    const abstract = this.nums.get(numId);
    if (abstract === undefined || this.isBullet(numId, ilvl)) return undefined;
    // Lists sharing an abstract numbering continue each other, as in Word.
    let counters = this.counters.get(abstract);
    if (!counters) this.counters.set(abstract, (counters = []));
    for (let l = 0; l <= ilvl; l++) counters[l] ??= (this.level(numId, l)?.start ?? 1) - 1;
    const start = this.overrides.get(numId)?.get(ilvl)?.start;
    if (start !== undefined && !this.restarted.has(`${numId}:${ilvl}`)) {
      this.restarted.add(`${numId}:${ilvl}`);
      counters[ilvl] = start - 1;
    }
    counters[ilvl]! += 1;
    counters.length = ilvl + 1;
    const level = this.level(numId, ilvl)!;
    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counters![l] ?? 1;
      return formatNumber(value, this.level(numId, l)?.format ?? 'decimal');
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value && out.length < 20) (out += letters), (n -= value);
  return out;
}

export function readNumbering(bytes: Uint8Array | undefined, fileName: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, string>();
  const overrides = new Map<string, Map<number, LevelOverride>>();
  if (bytes) {
    let abstract: Map<number, Level> | undefined;
    let level: Level | undefined;
    let num: string | undefined;
    /** The level override being read, inside a w:num. */
    let override: LevelOverride | undefined;
    parseXml(bytes, fileName, 'word/numbering.xml', {
      open(name, a) {
        switch (name) {
          case 'w:abstractNum':
            abstract = new Map();
            abstracts.set(attr(a, 'abstractNumId') ?? '', abstract);
            break;
          case 'w:lvlOverride': {
            if (num === undefined) break;
            const ilvl = attr(a, 'ilvl') === undefined ? 0 : (levelAttr(a, 'ilvl', MAX_LIST_LEVEL) ?? -1);
            let byLevel = overrides.get(num);
            if (!byLevel) overrides.set(num, (byLevel = new Map()));
            // LibreOffice writes each level's override twice, the second empty: they add up.
            override = byLevel.get(ilvl) ?? {};
            byLevel.set(ilvl, override);
            break;
          }
          case 'w:startOverride': {
            const value = Number(attr(a, 'val'));
            if (override && Number.isFinite(value)) override.start = value;
            break;
          }
          case 'w:lvl':
            level = { format: 'decimal', text: '', start: 1 };
            if (override) override.level = level;
            // An invalid level is kept under -1, a level no paragraph can ask for.
            else abstract?.set(attr(a, 'ilvl') === undefined ? 0 : (levelAttr(a, 'ilvl', MAX_LIST_LEVEL) ?? -1), level);
            break;
          case 'w:numFmt':
            if (level) level.format = attr(a, 'val') ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.text = attr(a, 'val') ?? '';
            break;
          case 'w:start':
            if (level) level.start = Number(attr(a, 'val') ?? 1);
            break;
          case 'w:num':
            num = attr(a, 'numId');
            break;
          case 'w:abstractNumId':
            if (num !== undefined) nums.set(num, attr(a, 'val') ?? '');
            break;
        }
      },
      close(name) {
        if (name === 'w:lvl') level = undefined;
        if (name === 'w:abstractNum') abstract = undefined;
        if (name === 'w:lvlOverride') override = undefined;
        if (name === 'w:num') num = undefined;
      },
      text() {},
    });
  }
  return new Numbering(abstracts, nums, overrides);
}

export interface CommentPart {
  text: string;
  author?: string;
  date?: string;
  /** w14:paraId of its last paragraph: how commentsExtended names it. */
  paraId?: string;
}

/** Comment id → its text, author and date (word/comments.xml). */
export function readComments(bytes: Uint8Array | undefined, fileName: string): Map<string, CommentPart> {
  const comments = new Map<string, CommentPart>();
  if (!bytes) return comments;
  let id: string | undefined;
  let comment: CommentPart | undefined;
  let inText = false;
  parseXml(bytes, fileName, 'word/comments.xml', {
    open(name, a) {
      if (name === 'w:comment') {
        id = attr(a, 'id');
        comment = { text: '', author: attr(a, 'author'), date: attr(a, 'date') };
      } else if (name === 'w:t') inText = true;
      else if (name === 'w:p' && comment) {
        if (comment.text !== '') comment.text += '\n';
        comment.paraId = byLocalName(a, 'paraId') ?? comment.paraId;
      }
    },
    close(name) {
      if (name === 'w:t') inText = false;
      if (name === 'w:comment' && id !== undefined && comment) comments.set(id, comment);
      if (name === 'w:comment') comment = undefined;
    },
    text(t) {
      if (inText && comment) comment.text += t;
    },
  });
  return comments;
}

/** An attribute by its local name, whatever prefix the producer bound (w14:, w15:). */
function byLocalName(attributes: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (key === local || key.endsWith(`:${local}`)) return value;
  return undefined;
}

export interface CommentState {
  done: boolean;
  /** The paraId of the comment this one replies to. */
  parent?: string;
}

/**
 * paraId → done flag and parent (word/commentsExtended.xml, Word 2013 on).
 * Without this part no comment is marked done.
 */
export function readCommentsExtended(bytes: Uint8Array | undefined, fileName: string): Map<string, CommentState> {
  const states = new Map<string, CommentState>();
  if (!bytes) return states;
  parseXml(bytes, fileName, 'word/commentsExtended.xml', {
    open(name, a) {
      if (name !== 'commentEx' && !name.endsWith(':commentEx')) return;
      const paraId = byLocalName(a, 'paraId');
      if (paraId === undefined) return;
      const done = byLocalName(a, 'done');
      states.set(paraId, { done: done !== undefined && isOn({ 'w:val': done }), parent: byLocalName(a, 'paraIdParent') });
    },
    close() {},
    text() {},
  });
  return states;
}
