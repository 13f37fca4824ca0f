/**
 * A small inline-SVG grid: specifications down the side, key actions across
 * the top, each cell's status as a coloured tile with a shape (tick, half,
 * cross, dash) and a legend in words. role="img" with a title and a
 * description; the report gives the same data as a table after it.
 */
import { KEY_ACTIONS, STATUS_LABELS, countStatuses, type Assessment, type Status } from '../key-actions.js';
import { plural } from '../text.js';
import { statusShape } from './icons.js';
import { FONT_STACK, STATUS_COLOURS } from './styles.js';
import { html, type Markup } from './markup.js';

export interface ChartRow {
  /** A short label for the row (the file name). */
  label: string;
  /** The full name, for the description. */
  name: string;
  assessments: Assessment[];
}

const LABEL_WIDTH = 230;
const CELL_WIDTH = 82;
const CELL_HEIGHT = 38;
const HEAD_HEIGHT = 48;
const LEGEND_HEIGHT = 46;
const GAP = 4;
const ICON = 20;
const INK = '#212b32';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An SVG cannot measure its text, and fonts differ between machines (DejaVu Sans is
 * about a sixth wider than Arial). Text that could be wider than its box, taking
 * the widest common system font, is drawn at exactly the box's width instead
 * (textLength), so no label is ever clipped or runs into its neighbour.
 */
const EM_PER_CHAR = { normal: 0.62, bold: 0.68 };

function fit(text: string, fontSize: number, weight: 'normal' | 'bold', width: number): Markup {
  const widest = text.length * fontSize * EM_PER_CHAR[weight];
  return widest > width ? html` textLength="${width}" lengthAdjust="spacingAndGlyphs"` : html``;
}

/** Two lines, broken at the space nearest the middle. */
function twoLines(label: string): [string, string] {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [label, ''];
  const middle = label.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [label.slice(0, at), label.slice(at + 1)];
}

function tile(x: number, y: number, status: Status, width = CELL_WIDTH - GAP, height = CELL_HEIGHT - GAP, icon = ICON): Markup {
  const colour = STATUS_COLOURS[status];
  const scale = icon / 16;
  return html`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="${colour.fill}"${status === 'not-checked' ? html` stroke="#aeb7bd"` : ''}/><g transform="translate(${x + (width - icon) / 2} ${y + (height - icon) / 2}) scale(${scale})">${statusShape(status, colour.text)}</g>`;
}

export function chart(rows: readonly ChartRow[], id: string): Markup {
  const width = LABEL_WIDTH + KEY_ACTIONS.length * CELL_WIDTH;
  const height = HEAD_HEIGHT + rows.length * CELL_HEIGHT + LEGEND_HEIGHT;
  const heads = KEY_ACTIONS.map((action, i) => {
    const [first, second] = twoLines(action.shortLabel);
    const x = LABEL_WIDTH + i * CELL_WIDTH + (CELL_WIDTH - GAP) / 2;
    const room = CELL_WIDTH - GAP - 2;
    return html`<text x="${x}" y="${HEAD_HEIGHT - 26}" text-anchor="middle" font-size="12" font-weight="bold" fill="${INK}"><tspan x="${x}"${fit(first, 12, 'bold', room)}>${first}</tspan><tspan x="${x}" dy="15"${fit(second, 12, 'bold', room)}>${second}</tspan></text>`;
  });
  const body = rows.map((row, r) => {
    const y = HEAD_HEIGHT + r * CELL_HEIGHT;
    return html`<text x="${LABEL_WIDTH - 12}" y="${y + (CELL_HEIGHT - GAP) / 2 + 5}" text-anchor="end" font-size="14" fill="${INK}"${fit(row.label, 14, 'normal', LABEL_WIDTH - 16)}>${row.label}</text>${row.assessments.map((a, c) => tile(LABEL_WIDTH + c * CELL_WIDTH, y, a.status))}`;
  });
  const legendY = HEAD_HEIGHT + rows.length * CELL_HEIGHT + 16;
  const legend = (Object.keys(STATUS_LABELS) as Status[]).map((status, i) => {
    const x = LABEL_WIDTH + i * 128;
    return html`${tile(x, legendY, status, 22, 22, 14)}<text x="${x + 30}" y="${legendY + 16}" font-size="13" fill="${INK}">${capital(STATUS_LABELS[status])}</text>`;
  });
  const description = rows
    .map((row) => {
      const c = countStatuses(row.assessments);
      return `${row.name}: ${c.met} met, ${c.partly} partly, ${c['not-met']} not met, ${c['not-checked']} not checked.`;
    })
    .join(' ');
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_STACK}"><title id="${id}-title">Key actions covered by each of the ${plural(rows.length, 'specification')}</title><desc id="${id}-desc">Of the ${KEY_ACTIONS.length} key actions, ${description} The table after the chart gives every value.</desc>${heads}${body}<text x="${LABEL_WIDTH - 12}" y="${legendY + 16}" text-anchor="end" font-size="13" font-weight="bold" fill="${INK}">Key</text>${legend}</svg>`;
}
