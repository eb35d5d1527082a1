import { type CoverageCell, type CoverageMatrix } from './coverage-matrix';
import { type ProtectedCount } from './protected-count';

/*
 * A collaboration's skill coverage as a standalone SVG: member municipalities (rows) × skills
 * (columns), each cell the number of people holding the skill at level. Pure and deterministic:
 * no fonts are measured (text widths are estimated for DejaVu Sans, the widest of the fonts
 * named, so Arial only leaves more room), no clock and no locale of the host are read.
 */

const FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif';
const TIME_ZONE = 'Europe/Amsterdam';
const ID_PREFIX = 'kennissen-heatmap';
const SUPPRESSED_PATTERN_ID = `${ID_PREFIX}-suppressed`;
const SCALE_GRADIENT_ID = `${ID_PREFIX}-scale`;

const MARGIN = 20;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const LABEL_SIZE = 12;
const CELL_TEXT_SIZE = 11;
const CELL_WIDTH = 34;
const CELL_HEIGHT = 24;
const CELL_GAP = 2;
/** Labels longer than this (estimated) are cut with an ellipsis; the full text is the tooltip. */
const ROW_LABEL_MAX_WIDTH = 190;
const COLUMN_LABEL_MAX_WIDTH = 210;
const TITLE_MAX_WIDTH = 900;
const COLUMN_LABEL_ANGLE = 45;
const LEGEND_BAR_WIDTH = 240;
const LEGEND_BAR_HEIGHT = 14;

const TEXT_COLOUR = '#1a1a1a';
const MUTED_TEXT_COLOUR = '#555555';
const BACKGROUND = '#ffffff';
const ZERO_FILL = '#f2f2f2';
const ZERO_STROKE = '#cccccc';
const ZERO_TEXT = '#666666';
const SUPPRESSED_FILL = '#d6d6d6';
const SUPPRESSED_HATCH = '#8a8a8a';
const SUPPRESSED_TEXT = '#1a1a1a';
const SUPPRESSED_LABEL_FILL = '#f7f7f7';
/** Viridis in ten even steps, reversed: light for few people, dark for many. */
const PALETTE = [
  '#fde725',
  '#b4de2c',
  '#6dcd59',
  '#35b779',
  '#1f9e89',
  '#26828e',
  '#31688e',
  '#3e4a89',
  '#482878',
  '#440154',
] as const;

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** The heatmap of a coverage matrix as an SVG document (UTF-8 text). */
export function renderCoverageHeatmap(matrix: CoverageMatrix): string {
  assertShape(matrix);
  const header = headerTexts(matrix);
  if (matrix.municipalities.length === 0 || matrix.skills.length === 0) {
    return renderEmpty(matrix, header);
  }
  return renderGrid(matrix, header);
}

interface HeaderTexts {
  readonly title: string;
  readonly subtitle: string;
}

function headerTexts(matrix: CoverageMatrix): HeaderTexts {
  return {
    title: `Vaardigheden in ${clean(matrix.collaboration.name)}: mensen op niveau ≥ ${matrix.minLevel}`,
    subtitle: `Bijgewerkt ${dutchDate(matrix.generatedAt)}`,
  };
}

function renderEmpty(matrix: CoverageMatrix, header: HeaderTexts): string {
  const reason =
    matrix.municipalities.length === 0
      ? 'Niets te tonen: deze samenwerking heeft geen deelnemende gemeenten.'
      : 'Niets te tonen: er zijn geen vaardigheden om te vergelijken.';
  const body: string[] = [];
  const headerBottom = pushHeader(body, header);
  const messageY = headerBottom + 22;
  body.push(
    `<text x="${MARGIN}" y="${messageY}" font-size="${LABEL_SIZE + 1}" fill="${TEXT_COLOUR}">${escapeXml(reason)}</text>`,
  );
  const width =
    MARGIN * 2 +
    Math.max(
      Math.min(textWidth(header.title, TITLE_SIZE, true), TITLE_MAX_WIDTH),
      textWidth(header.subtitle, SUBTITLE_SIZE),
      textWidth(reason, LABEL_SIZE + 1),
    );
  return svgDocument(width, messageY + MARGIN, header.title, [], body);
}

function renderGrid(matrix: CoverageMatrix, header: HeaderTexts): string {
  const rows = matrix.municipalities.map((municipality) =>
    fitLabel(municipality.name, LABEL_SIZE, ROW_LABEL_MAX_WIDTH),
  );
  const columns = matrix.skills.map((skill) =>
    fitLabel(skill.name, LABEL_SIZE, COLUMN_LABEL_MAX_WIDTH),
  );
  const scale = colourScale(matrix);
  const k = matrix.kAnonymity;

  const sin = Math.sin((COLUMN_LABEL_ANGLE * Math.PI) / 180);
  const cos = Math.cos((COLUMN_LABEL_ANGLE * Math.PI) / 180);
  const body: string[] = [];
  const headerBottom = pushHeader(body, header);
  const columnLabelRise = Math.max(...columns.map((label) => label.width)) * sin + LABEL_SIZE;
  const gridTop = headerBottom + columnLabelRise + 12;
  const gridLeft = MARGIN + Math.max(...rows.map((label) => label.width)) + 10;
  const gridBottom = gridTop + rows.length * CELL_HEIGHT;
  let right = gridLeft + columns.length * CELL_WIDTH;

  body.push(`<g class="column-labels" font-size="${LABEL_SIZE}" fill="${TEXT_COLOUR}">`);
  columns.forEach((label, column) => {
    // The glyphs stand on the upper left of the rotated baseline: start it a little right of the
    // column's centre so that the text sits over its column.
    const x = gridLeft + column * CELL_WIDTH + CELL_WIDTH / 2 + 3;
    const y = gridTop - 6;
    right = Math.max(right, x + label.width * cos + LABEL_SIZE);
    body.push(
      `<g><title>${escapeXml(label.full)}</title><text x="${num(x)}" y="${num(y)}" transform="rotate(-${COLUMN_LABEL_ANGLE} ${num(x)} ${num(y)})">${escapeXml(label.shown)}</text></g>`,
    );
  });
  body.push('</g>');

  body.push(
    `<g class="row-labels" font-size="${LABEL_SIZE}" fill="${TEXT_COLOUR}" text-anchor="end">`,
  );
  rows.forEach((label, row) => {
    const y = gridTop + row * CELL_HEIGHT + CELL_HEIGHT / 2 + LABEL_SIZE * 0.36;
    body.push(
      `<g><title>${escapeXml(label.full)}</title><text x="${num(gridLeft - 8)}" y="${num(y)}">${escapeXml(label.shown)}</text></g>`,
    );
  });
  body.push('</g>');

  body.push(`<g class="cells" font-size="${CELL_TEXT_SIZE}">`);
  matrix.cells.forEach((cells, row) => {
    cells.forEach((cell, column) => {
      const x = gridLeft + column * CELL_WIDTH + CELL_GAP / 2;
      const y = gridTop + row * CELL_HEIGHT + CELL_GAP / 2;
      const tooltip = cellTooltip(
        matrix.municipalities[row].name,
        matrix.skills[column].name,
        cell,
        k,
      );
      body.push(cellMarkup(x, y, cell.holders, scale, k, tooltip));
    });
  });
  body.push('</g>');

  const legend = legendMarkup(matrix, scale, gridBottom + 26);
  body.push(legend.markup);
  right = Math.max(
    right,
    legend.right,
    MARGIN + Math.min(textWidth(header.title, TITLE_SIZE, true), TITLE_MAX_WIDTH),
    MARGIN + textWidth(header.subtitle, SUBTITLE_SIZE),
  );
  const defs = [suppressedPattern(), scaleGradient()];
  return svgDocument(right + MARGIN, legend.bottom + MARGIN, header.title, defs, body);
}

/** The title and subtitle; returns the y below them. */
function pushHeader(body: string[], header: HeaderTexts): number {
  const titleY = MARGIN + TITLE_SIZE;
  const subtitleY = titleY + SUBTITLE_SIZE + 9;
  const title = fitLabel(header.title, TITLE_SIZE, TITLE_MAX_WIDTH, true);
  body.push(
    `<g><title>${escapeXml(title.full)}</title><text class="title" x="${MARGIN}" y="${titleY}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${TEXT_COLOUR}">${escapeXml(title.shown)}</text></g>`,
    `<text class="subtitle" x="${MARGIN}" y="${subtitleY}" font-size="${SUBTITLE_SIZE}" fill="${MUTED_TEXT_COLOUR}">${escapeXml(header.subtitle)}</text>`,
  );
  return subtitleY + 8;
}

function cellMarkup(
  x: number,
  y: number,
  holders: ProtectedCount,
  scale: ColourScale,
  k: number,
  tooltip: string,
): string {
  const width = CELL_WIDTH - CELL_GAP;
  const height = CELL_HEIGHT - CELL_GAP;
  const textX = num(x + width / 2);
  const textY = num(y + height / 2 + CELL_TEXT_SIZE * 0.36);
  const rect = (kind: string, paint: string): string =>
    `<rect class="cell ${kind}" x="${num(x)}" y="${num(y)}" width="${width}" height="${height}" ${paint}/>`;
  const value = visibleValue(holders);
  let shape: string;
  let text: string;
  if (value === null) {
    const label = `<${k}`;
    const pillWidth = textWidth(label, CELL_TEXT_SIZE, true) + 4;
    shape =
      rect('suppressed', `fill="url(#${SUPPRESSED_PATTERN_ID})"`) +
      `<rect x="${num(x + (width - pillWidth) / 2)}" y="${num(y + height / 2 - 7)}" width="${num(pillWidth)}" height="14" rx="2" fill="${SUPPRESSED_LABEL_FILL}"/>`;
    text = `<text x="${textX}" y="${textY}" text-anchor="middle" fill="${SUPPRESSED_TEXT}" font-weight="bold">${escapeXml(label)}</text>`;
  } else if (value === 0) {
    shape = rect('zero', `fill="${ZERO_FILL}" stroke="${ZERO_STROKE}" stroke-width="1" rx="1"`);
    text = `<text x="${textX}" y="${textY}" text-anchor="middle" fill="${ZERO_TEXT}">0</text>`;
  } else {
    const fill = scale.colourOf(value);
    const label = String(value);
    const fits = textWidth(label, CELL_TEXT_SIZE) <= width - 4;
    text = `<text x="${textX}" y="${textY}" text-anchor="middle" fill="${contrastingText(fill)}"${fits ? '' : ` font-size="${CELL_TEXT_SIZE - 2}"`}>${label}</text>`;
    shape = rect('count', `fill="${fill}"`);
  }
  return `<g><title>${escapeXml(tooltip)}</title>${shape}${text}</g>`;
}

function cellTooltip(municipality: string, skill: string, cell: CoverageCell, k: number): string {
  const where = `${clean(municipality)} — ${clean(skill)}`;
  const holders = visibleValue(cell.holders);
  if (holders === null) return `${where}: minder dan ${k} (niet getoond)`;
  if (holders === 0) return `${where}: 0 mensen`;
  const available = visibleValue(cell.available);
  const ofWhom = available === null ? `minder dan ${k} beschikbaar` : `${available} beschikbaar`;
  return `${where}: ${people(holders)} (${ofWhom})`;
}

function people(count: number): string {
  return count === 1 ? '1 persoon' : `${count} mensen`;
}

/** A count as it may be shown; a suppressed count, or one without a value, is never a number. */
function visibleValue(count: ProtectedCount): number | null {
  return count.suppressed || count.value === null ? null : count.value;
}

interface ColourScale {
  /**
   * The smallest and largest count above zero and the count halfway along the scale, or null when
   * no cell shows a count above zero.
   */
  readonly range: { readonly min: number; readonly max: number; readonly middle: number } | null;
  colourOf(value: number): string;
}

function colourScale(matrix: CoverageMatrix): ColourScale {
  const values = matrix.cells
    .flat()
    .map((cell) => visibleValue(cell.holders))
    .filter((value): value is number => value !== null && value > 0);
  if (values.length === 0) return { range: null, colourOf: () => PALETTE[PALETTE.length - 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // On a square-root scale: one large municipality does not wash out all the others.
  const [low, high] = [Math.sqrt(min), Math.sqrt(max)];
  return {
    range: { min, max, middle: Math.round(((low + high) / 2) ** 2) },
    colourOf: (value) => paletteAt(max === min ? 1 : (Math.sqrt(value) - low) / (high - low)),
  };
}

/** The palette at t in [0, 1], interpolated in sRGB between its stops. */
function paletteAt(t: number): string {
  const position = Math.min(Math.max(t, 0), 1) * (PALETTE.length - 1);
  const index = Math.min(Math.floor(position), PALETTE.length - 2);
  const from = rgb(PALETTE[index]);
  const to = rgb(PALETTE[index + 1]);
  const f = position - index;
  return hex(from.map((channel, i) => channel + (to[i] - channel) * f));
}

function rgb(colour: string): number[] {
  return [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
}

function hex(channels: number[]): string {
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white, whichever contrasts more with the fill (WCAG contrast ratio). */
function contrastingText(fill: string): string {
  const luminance = relativeLuminance(fill);
  const withBlack = (luminance + 0.05) / 0.05;
  const withWhite = 1.05 / (luminance + 0.05);
  return withBlack >= withWhite ? '#000000' : '#ffffff';
}

function relativeLuminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function legendMarkup(
  matrix: CoverageMatrix,
  scale: ColourScale,
  top: number,
): { markup: string; right: number; bottom: number } {
  const k = matrix.kAnonymity;
  const parts: string[] = [`<g class="legend" font-size="${LABEL_SIZE}" fill="${TEXT_COLOUR}">`];
  const caption = `Aantal mensen op niveau ≥ ${matrix.minLevel} per gemeente en vaardigheid`;
  parts.push(
    `<text x="${MARGIN}" y="${num(top + LABEL_SIZE)}" font-weight="bold">${escapeXml(caption)}</text>`,
  );
  let right = MARGIN + textWidth(caption, LABEL_SIZE, true);
  let y = top + LABEL_SIZE + 10;

  if (scale.range !== null) {
    const { min, max, middle } = scale.range;
    parts.push(
      `<rect class="scale" x="${MARGIN}" y="${num(y)}" width="${LEGEND_BAR_WIDTH}" height="${LEGEND_BAR_HEIGHT}" fill="url(#${SCALE_GRADIENT_ID})"/>`,
    );
    const labelY = num(y + LEGEND_BAR_HEIGHT + LABEL_SIZE + 2);
    parts.push(`<text x="${MARGIN}" y="${labelY}">${min}</text>`);
    if (max !== min) {
      parts.push(
        `<text x="${MARGIN + LEGEND_BAR_WIDTH}" y="${labelY}" text-anchor="end">${max}</text>`,
      );
    }
    if (middle > min && middle < max) {
      const tickX = MARGIN + LEGEND_BAR_WIDTH / 2;
      parts.push(
        `<rect x="${tickX - 0.5}" y="${num(y + LEGEND_BAR_HEIGHT)}" width="1" height="3" fill="${TEXT_COLOUR}"/>`,
        `<text x="${tickX}" y="${labelY}" text-anchor="middle">${middle}</text>`,
      );
    }
    const note = 'weinig → veel mensen';
    parts.push(
      `<text x="${MARGIN + LEGEND_BAR_WIDTH + 12}" y="${num(y + LEGEND_BAR_HEIGHT - 2)}" fill="${MUTED_TEXT_COLOUR}">${escapeXml(note)}</text>`,
    );
    right = Math.max(right, MARGIN + LEGEND_BAR_WIDTH + 12 + textWidth(note, LABEL_SIZE));
    y += LEGEND_BAR_HEIGHT + LABEL_SIZE + 14;
  }

  const swatches: Array<[ProtectedCount, string]> = [
    [{ value: 0, suppressed: false }, 'Niemand op dit niveau'],
    [
      { value: null, suppressed: true },
      `Minder dan ${k} mensen; niet getoond voor gemeenten waarvoor u geen rechten hebt`,
    ],
  ];
  for (const [count, explanation] of swatches) {
    parts.push(
      `<g font-size="${CELL_TEXT_SIZE}">${cellMarkup(MARGIN, y, count, scale, k, explanation)}</g>`,
      `<text x="${MARGIN + CELL_WIDTH + 8}" y="${num(y + (CELL_HEIGHT - CELL_GAP) / 2 + LABEL_SIZE * 0.36)}">${escapeXml(explanation)}</text>`,
    );
    right = Math.max(right, MARGIN + CELL_WIDTH + 8 + textWidth(explanation, LABEL_SIZE));
    y += CELL_HEIGHT + 6;
  }
  parts.push('</g>');
  return { markup: parts.join('\n'), right, bottom: y };
}

function suppressedPattern(): string {
  return [
    `<pattern id="${SUPPRESSED_PATTERN_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect width="6" height="6" fill="${SUPPRESSED_FILL}"/>`,
    `<rect width="2" height="6" fill="${SUPPRESSED_HATCH}"/>`,
    '</pattern>',
  ].join('');
}

function scaleGradient(): string {
  const stops = PALETTE.map(
    (colour, i) => `<stop offset="${num(i / (PALETTE.length - 1))}" stop-color="${colour}"/>`,
  );
  return `<linearGradient id="${SCALE_GRADIENT_ID}" x1="0" y1="0" x2="1" y2="0">${stops.join('')}</linearGradient>`;
}

function svgDocument(
  width: number,
  height: number,
  title: string,
  defs: string[],
  body: string[],
): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${ID_PREFIX}-title">`,
    `<title id="${ID_PREFIX}-title">${escapeXml(title)}</title>`,
    defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '',
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>`,
    `<g font-family="${FONT_FAMILY}">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}

interface FittedLabel {
  readonly full: string;
  readonly shown: string;
  /** Estimated width of `shown`, in pixels. */
  readonly width: number;
}

/** The label as shown: whole, or cut with an ellipsis to fit maxWidth. */
function fitLabel(text: string, fontSize: number, maxWidth: number, bold = false): FittedLabel {
  const full = clean(text);
  const width = textWidth(full, fontSize, bold);
  if (width <= maxWidth) return { full, shown: full, width };
  const characters = Array.from(full);
  let shown = '…';
  for (let length = characters.length - 1; length > 0; length--) {
    shown = `${characters.slice(0, length).join('').trimEnd()}…`;
    if (textWidth(shown, fontSize, bold) <= maxWidth) break;
  }
  return { full, shown, width: textWidth(shown, fontSize, bold) };
}

/** Estimated advance of text in DejaVu Sans, in pixels. */
function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const character of text) em += characterWidth(character);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Advance widths in em, close to (and rather above) DejaVu Sans's. */
function characterWidth(character: string): number {
  if (" ijlI.,:;!|'`".includes(character)) return 0.32;
  if ('frt()[]{}-/"'.includes(character)) return 0.42;
  if ('mwMW@%—…'.includes(character)) return 1.0;
  if (/\p{Lu}/u.test(character)) return 0.76;
  return 0.64;
}

/** Whitespace collapsed, and characters XML 1.0 cannot hold replaced. */
function clean(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeXml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (character) => XML_ENTITIES[character]);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** "4 december 2026": the date in the Netherlands. */
function dutchDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return `${part('day')} ${DUTCH_MONTHS[part('month') - 1]} ${part('year')}`;
}

/** A coordinate with at most one decimal, written the same way every time. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function assertShape(matrix: CoverageMatrix): void {
  const columns = matrix.skills.length;
  const rowsMatch =
    matrix.cells.length === matrix.municipalities.length &&
    matrix.cells.every((row) => row.length === columns);
  if (!rowsMatch) {
    throw new RangeError(
      `coverage matrix has ${matrix.municipalities.length} municipalities × ${columns} skills but cells of another shape`,
    );
  }
  if (!Number.isFinite(matrix.generatedAt.getTime())) {
    throw new RangeError('coverage matrix has an invalid generatedAt');
  }
}
