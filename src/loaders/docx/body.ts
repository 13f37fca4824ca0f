/**
 * Walks word/document.xml once and returns its paragraphs in body order:
 * table-cell and text-box paragraphs included, numbered from 1 as Word users
 * count them (this number is the `line` of every Word finding).
 *
 * Text is the document as it will read once every tracked change is accepted:
 * insertions kept, deletions and moved-from text dropped. The changes
 * themselves are listed apart (kind, paragraph, author, text), so deleted text
 * is known to the review rules without ever being content for the others. Field codes are
 * dropped and their results kept, except a table of contents, whose paragraphs
 * are marked (`contents`): they repeat the headings with page numbers. Of the two
 * copies Word keeps of a text box (DrawingML and a VML fallback), only the first is read.
 */
import { attr, decodeXml, isOn, levelAttr, MAX_LIST_LEVEL, MAX_OUTLINE_LEVEL, parseXml } from './xml.js';
import type { Styles } from './parts.js';
import { SourceMapBuilder, type MappedParagraph, type SourceMap, type TextSpan } from './source-map.js';

export interface DocxParagraph {
  /** 1-based, in body order. */
  index: number;
  text: string;
  styleId?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  /** Every visible character is bold. */
  bold: boolean;
  /** In a table of contents (a TOC field's result, a "Table of Contents" content control, or a contents style): generated from the headings, not the document's own text. */
  contents?: boolean;
  cell?: {
    table: number;
    row: number;
    column: number;
    isHeader: boolean;
    /** Set while reading: the cell continues the one above (vMerge). */
    continues?: boolean;
    /** A cell merged down over the rows below it (vMerge): the last row it covers. */
    lastRow?: number;
    /** A cell merged across columns (gridSpan): how many grid columns it covers. */
    span?: number;
  };
}

export interface CommentRange {
  id: string;
  from: { paragraph: number; offset: number };
  to?: { paragraph: number; offset: number };
}

export type DocxChangeKind = 'insertion' | 'deletion' | 'move-from' | 'move-to' | 'formatting';

/** One tracked change element (w:ins, w:del, w:moveFrom, w:moveTo, w:*PrChange) still in the file. */
export interface DocxChange {
  kind: DocxChangeKind;
  author?: string;
  date?: string;
  /** The paragraph it is in (a change to a table row or section: the next paragraph, or the last). */
  paragraph: number;
  /** Offsets in that paragraph's text: what it covers once accepted (equal for a deletion). */
  from: number;
  to: number;
  /** The text inserted, deleted, moved or reformatted. */
  text: string;
}

export interface DocxBody {
  paragraphs: DocxParagraph[];
  comments: CommentRange[];
  /** Where each comment's reference mark is: the anchor of a comment with no range (a reply, as LibreOffice writes them). */
  references: Map<string, { paragraph: number; offset: number }>;
  changes: DocxChange[];
  /** Where each paragraph came from in the XML, when asked for (readBody's `sourceMap`). */
  sourceMap?: SourceMap;
}

const CHANGE_KINDS: Record<string, DocxChangeKind> = {
  'w:ins': 'insertion',
  'w:del': 'deletion',
  'w:moveFrom': 'move-from',
  'w:moveTo': 'move-to',
  'w:rPrChange': 'formatting',
  'w:pPrChange': 'formatting',
  'w:tblPrChange': 'formatting',
  'w:trPrChange': 'formatting',
  'w:tcPrChange': 'formatting',
  'w:sectPrChange': 'formatting',
};

interface OpenParagraph {
  p: DocxParagraph;
  mapped?: MappedParagraph;
  hasVisible: boolean;
  allBold: boolean;
}

interface OpenTable {
  index: number;
  row: number;
  /** The grid column of the cell being read: a cell merged across columns (gridSpan) takes up several. */
  column: number;
  /** How many grid columns the cell being read spans. */
  span: number;
  /** The cell being read continues the one above it (vMerge without "restart"). */
  continues: boolean;
}

/** How much of a field's instruction is kept: enough to see whether it is a TOC. */
const MAX_INSTRUCTION = 64;

/** Elements whose contents never reach the reader. */
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange']);

export function readBody(bytes: Uint8Array, fileName: string, styles: Styles, options: { sourceMap?: boolean } = {}): DocxBody {
  const map = options.sourceMap ? new SourceMapBuilder(decodeXml(bytes)) : undefined;
  const paragraphs: DocxParagraph[] = [];
  const comments = new Map<string, CommentRange>();
  const pendingStarts: string[] = [];
  const stack: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let tableCount = 0;
  /** "table:row" keys of rows Word marks as headers (tblHeader). */
  const headerRows = new Set<string>();
  /** Tables whose look says the first row is a header. */
  const firstRowTables = new Set<number>();
  let hidden = 0;
  let inText = false;
  let inParagraphProps = false;
  let inRunProps = false;
  let inNumberingProps = false;
  let runBold: boolean | undefined;
  let runStyleBold: boolean | undefined;
  /** Hidden text (w:vanish, on the run or its character style): Word neither shows nor prints it, so nobody reads it. */
  let runHidden: boolean | undefined;
  let runStyleHidden: boolean | undefined;
  const references = new Map<string, { paragraph: number; offset: number }>();
  const changes: DocxChange[] = [];
  /** Changes met outside any paragraph (a row inserted, a table's properties changed): they belong to the next one. */
  const pendingChanges: DocxChange[] = [];
  /** Open change elements, innermost last; their text is gathered as it is read. */
  const openChanges: Array<{ name: string; change: DocxChange }> = [];
  /** The formatting change of the run being read, which its text belongs to. */
  let runChange: DocxChange | undefined;
  let inDeletedText = false;
  /** Open content controls (w:sdt), innermost last: true for a "Table of Contents" one. */
  const controls: boolean[] = [];
  /**
   * Open complex fields, innermost last: the start of their instruction, whether it is a TOC whose
   * result has begun, and how many content controls were open when it began (a field never ended
   * ends with the control it began in, so a broken file loses no more than that control).
   */
  const fields: Array<{ instruction: string; toc: boolean; controls: number }> = [];
  /** How many open controls and fields are tables of contents: counted, so a paragraph's test costs nothing whatever a file nests. */
  let tocControls = 0;
  let tocFields = 0;
  let inInstruction = false;
  const inContents = (): boolean => tocControls > 0 || tocFields > 0;
  const endField = (): void => {
    if (fields.pop()?.toc) tocFields--;
  };

  const current = (): OpenParagraph | undefined => stack[stack.length - 1];
  /** Is the run being read hidden text (w:vanish on it, its character style or its paragraph's style)? */
  const runIsHidden = (): boolean => runHidden ?? runStyleHidden ?? styles.inherited(current()?.p.styleId, 'hidden') ?? false;
  /** Adds to the paragraph's text what the tag just opened stands for, or (with `span`) character data. */
  const append = (text: string, span?: TextSpan): void => {
    const open = current();
    if (!open || hidden > 0 || runIsHidden()) return;
    open.p.text += text;
    if (open.mapped) {
      if (span) map!.text(open.mapped, span);
      else map!.standIn(open.mapped, text);
    }
    if (/\S/.test(text)) {
      open.hasVisible = true;
      const bold = runBold ?? runStyleBold ?? styles.inherited(open.p.styleId, 'bold') ?? false;
      if (!bold) open.allBold = false;
    }
  };
  const position = (): { paragraph: number; offset: number } | undefined => {
    const open = current();
    return open ? { paragraph: open.p.index, offset: open.p.text.length } : undefined;
  };

  parseXml(map?.xml ?? bytes, fileName, 'word/document.xml', {
    open(name, a, selfClosing, span) {
      // saxes reports a close for every tag, self-closing ones included, so
      // opening and closing always pair up: count and pop only in pairs.
      if (span) map!.open(name, span);
      const kind = CHANGE_KINDS[name];
      if (kind) {
        const at = position();
        const change: DocxChange = { kind, author: attr(a, 'author'), date: attr(a, 'date'), paragraph: at?.paragraph ?? 0, from: at?.offset ?? 0, to: at?.offset ?? 0, text: '' };
        changes.push(change);
        if (!at) pendingChanges.push(change);
        openChanges.push({ name, change });
        if (name === 'w:rPrChange' && inRunProps) runChange = change;
      }
      if (name === 'w:delText') inDeletedText = true;
      if (name === 'w:instrText') inInstruction = true;
      if (HIDDEN.has(name)) {
        hidden++;
        return;
      }
      switch (name) {
        case 'w:sdt':
          controls.push(false);
          break;
        case 'w:docPartGallery':
          if (controls.length > 0 && !controls[controls.length - 1] && /^table of contents$/i.test(attr(a, 'val') ?? '')) {
            controls[controls.length - 1] = true;
            tocControls++;
          }
          break;
        case 'w:fldChar': {
          const type = attr(a, 'fldCharType');
          if (type === 'begin') fields.push({ instruction: '', toc: false, controls: controls.length });
          else if (type === 'separate' && fields.length > 0) {
            const field = fields[fields.length - 1]!;
            if (!field.toc && /^\s*TOC\b/i.test(field.instruction)) {
              field.toc = true;
              tocFields++;
              // The field's result starts in the paragraph its code is in.
              if (current()) current()!.p.contents = true;
            }
          } else if (type === 'end') endField();
          break;
        }
        case 'w:p': {
          const table = tables[tables.length - 1];
          const p: DocxParagraph = { index: paragraphs.length + 1, text: '', bold: false };
          if (inContents()) p.contents = true;
          if (table && table.column >= 0) {
            p.cell = { table: table.index, row: table.row, column: table.column, isHeader: false };
            if (table.continues) p.cell.continues = true;
            if (table.span > 1) p.cell.span = table.span;
          }
          paragraphs.push(p);
          stack.push({ p, mapped: map?.paragraph(selfClosing), hasVisible: false, allBold: true });
          for (const id of pendingStarts.splice(0)) comments.set(id, { id, from: { paragraph: p.index, offset: 0 } });
          for (const change of pendingChanges.splice(0)) change.paragraph = p.index;
          break;
        }
        case 'w:pPr':
          inParagraphProps = true;
          break;
        case 'w:numPr':
          inNumberingProps = true;
          break;
        case 'w:pStyle':
          if (inParagraphProps && current()) current()!.p.styleId = attr(a, 'val');
          break;
        case 'w:outlineLvl':
          if (inParagraphProps && current()) current()!.p.outlineLevel = levelAttr(a, 'val', MAX_OUTLINE_LEVEL);
          break;
        case 'w:numId':
          if (inNumberingProps && current()) current()!.p.numId = attr(a, 'val');
          break;
        case 'w:ilvl':
          if (inNumberingProps && current()) current()!.p.ilvl = levelAttr(a, 'val', MAX_LIST_LEVEL);
          break;
        case 'w:r':
          runBold = undefined;
          runStyleBold = undefined;
          runHidden = undefined;
          runStyleHidden = undefined;
          runChange = undefined;
          break;
        case 'w:rPr':
          if (!inParagraphProps) inRunProps = true;
          break;
        case 'w:b':
          if (inRunProps) runBold = isOn(a);
          break;
        case 'w:rStyle':
          if (inRunProps) {
            runStyleBold = styles.inherited(attr(a, 'val'), 'bold');
            if (hidden === 0) runStyleHidden = styles.inherited(attr(a, 'val'), 'hidden');
          }
          break;
        case 'w:vanish':
          // Inside a tracked formatting change (w:rPrChange, hidden) it is the run's old formatting: text un-hidden since is shown.
          if (inRunProps && hidden === 0) runHidden = isOn(a);
          break;
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
          if (!inParagraphProps) append('\t');
          break;
        case 'w:br':
        case 'w:cr':
          // A line break inside a paragraph: a space keeps one paragraph per line.
          append(' ');
          break;
        case 'w:noBreakHyphen':
          append('-');
          break;
        case 'w:sym': {
          // A symbol inserted from a font ("Insert Symbol"): Word stores the character's code, often in the
          // private-use area (the Symbol font's bullet is F0B7), and it is text as a typed bullet is.
          const code = Number.parseInt(attr(a, 'char') ?? '', 16);
          if (!inParagraphProps && code >= 0x20 && code <= 0xffff && (code < 0xd800 || code > 0xdfff)) append(String.fromCharCode(code));
          break;
        }
        case 'w:tbl':
          tables.push({ index: tableCount++, row: -1, column: -1, span: 1, continues: false });
          break;
        case 'w:tblLook': {
          if (hidden > 0) break; // the old value, in a tracked change to the table's properties
          const table = tables[tables.length - 1];
          const firstRow = attr(a, 'firstRow');
          const val = attr(a, 'val');
          const on = firstRow !== undefined ? isOn({ 'w:val': firstRow }) : val !== undefined && (parseInt(val, 16) & 0x20) !== 0;
          if (table && on) firstRowTables.add(table.index);
          break;
        }
        case 'w:tr': {
          const table = tables[tables.length - 1];
          if (table) {
            table.row++;
            table.column = -1;
            table.span = 1;
          }
          break;
        }
        case 'w:gridBefore': {
          // Grid columns left empty before the row's first cell. Inside a tracked property change
          // (w:trPrChange, w:tcPrChange: hidden) these are the old values, not what Word shows.
          if (hidden > 0) break;
          const table = tables[tables.length - 1];
          const skipped = Number.parseInt(attr(a, 'val') ?? '', 10);
          if (table && table.column < 0 && skipped > 0) table.column += skipped;
          break;
        }
        case 'w:gridSpan': {
          if (hidden > 0) break;
          const table = tables[tables.length - 1];
          const span = Number.parseInt(attr(a, 'val') ?? '', 10);
          if (table && span > 1) table.span = span;
          break;
        }
        case 'w:vMerge': {
          if (hidden > 0) break;
          const table = tables[tables.length - 1];
          if (table) table.continues = attr(a, 'val') !== 'restart';
          break;
        }
        case 'w:tblHeader': {
          if (hidden > 0) break; // the old value, in a tracked change to the row's properties
          const table = tables[tables.length - 1];
          if (table && isOn(a)) headerRows.add(`${table.index}:${table.row}`);
          break;
        }
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table) {
            table.column += table.span;
            table.span = 1;
            table.continues = false;
          }
          break;
        }
        case 'w:commentRangeStart': {
          const id = attr(a, 'id');
          if (id === undefined) break;
          const at = position();
          if (at) comments.set(id, { id, from: at });
          else pendingStarts.push(id);
          break;
        }
        case 'w:commentReference': {
          const id = attr(a, 'id');
          const at = position();
          if (id !== undefined && at && !references.has(id)) references.set(id, at);
          break;
        }
        case 'w:commentRangeEnd': {
          const id = attr(a, 'id');
          const range = id === undefined ? undefined : comments.get(id);
          const last = paragraphs[paragraphs.length - 1];
          if (range) range.to = position() ?? (last ? { paragraph: last.index, offset: last.text.length } : range.from);
          break;
        }
      }
    },
    close(name, span) {
      if (span) map!.close(span);
      if (name === 'w:delText') inDeletedText = false;
      if (name === 'w:instrText') inInstruction = false;
      if (name === 'w:sdt') {
        if (controls.pop()) tocControls--;
        while (fields.length > 0 && fields[fields.length - 1]!.controls > controls.length) endField();
      }
      if (CHANGE_KINDS[name] && openChanges[openChanges.length - 1]?.name === name) {
        const { change } = openChanges.pop()!;
        const at = position();
        if (at && at.paragraph === change.paragraph) change.to = at.offset;
      }
      if (HIDDEN.has(name)) {
        hidden = Math.max(0, hidden - 1);
        return;
      }
      switch (name) {
        case 'w:p': {
          const open = stack.pop();
          if (open) open.p.bold = open.hasVisible && open.allBold;
          break;
        }
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:numPr':
          inNumberingProps = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:tbl':
          tables.pop();
          break;
      }
    },
    text(text, span) {
      // Only the instruction's first words are needed ("TOC \o ..."): a huge one is not kept.
      if (inInstruction && fields.length > 0 && fields[fields.length - 1]!.instruction.length < MAX_INSTRUCTION) fields[fields.length - 1]!.instruction += text;
      if (inText) append(text, span);
      if (inText || inDeletedText) {
        const open = openChanges[openChanges.length - 1]?.change;
        // Hidden text inserted or deleted is no more seen in the change than in the text; text a formatting
        // change hid is what that change is about, and is quoted.
        if (open && open.kind !== 'formatting') {
          if (!runIsHidden()) open.text += text;
        } else if (runChange && inText) {
          runChange.text += text;
          const at = position();
          if (at && at.paragraph === runChange.paragraph) runChange.to = at.offset;
        }
      }
    },
  }, { spans: map !== undefined });

  // A row is a header when Word marks it (tblHeader), or when it is the first
  // row of a table whose look says the first row is special.
  // A cell merged down from the one above (vMerge) holds no text of its own: it continues the row
  // where the merge started, in the same grid column ("Quarterly" written once for two indicators).
  const mergeStarts = new Map<string, DocxParagraph[]>();
  for (const p of paragraphs) {
    if (!p.cell) continue;
    p.cell.isHeader = headerRows.has(`${p.cell.table}:${p.cell.row}`) || (p.cell.row === 0 && firstRowTables.has(p.cell.table));
    const key = `${p.cell.table}:${p.cell.column}`;
    const started = mergeStarts.get(key);
    if (!p.cell.continues) {
      // The paragraphs of one cell start (or go on) the run of rows a merge may cover.
      if (started?.[0]?.cell!.row === p.cell.row) started.push(p);
      else mergeStarts.set(key, [p]);
    } else if (started) for (const q of started) q.cell!.lastRow = p.cell.row;
    delete p.cell.continues;
  }
  // A change after the last paragraph (the body's section properties) belongs to that paragraph.
  const last = paragraphs[paragraphs.length - 1];
  for (const change of pendingChanges) change.paragraph = last?.index ?? 0;
  const body: DocxBody = { paragraphs, comments: [...comments.values()], references, changes: changes.filter((c) => c.paragraph > 0) };
  if (map) body.sourceMap = map.build();
  return body;
}
