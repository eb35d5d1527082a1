import * as fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderCoverageHeatmap } from './coverage-heatmap';
import { type CoverageCell, type CoverageMatrix } from './coverage-matrix';
import { protect, SUPPRESSED, type ProtectedCount } from './protected-count';

/*
 * Set HEATMAP_SAMPLE_PNG=/tmp/heatmap-sample.png to keep the rendering of the 28 × 30 sample and
 * look at it.
 */

const FONT_DIRECTORY = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (file) => `${FONT_DIRECTORY}/${file}`,
);
const K = 5;

const MUNICIPALITIES = [
  'Tilburg',
  "'s-Hertogenbosch",
  'Breda',
  'Eindhoven',
  'Súdwest-Fryslân',
  'Capelle aan den IJssel',
  'Alphen aan den Rijn',
  'Sint-Michielsgestel',
  'Gemeente <Test> & "Zoon"',
  'Oisterwijk',
  'Goirle',
  'Hilvarenbeek',
  'Dongen',
  'Loon op Zand',
  'Waalwijk',
  'Heusden',
  'Gilze en Rijen',
  'Baarle-Nassau',
  'Alphen-Chaam',
  'Gemeenschappelijke Regeling Sociaal Domein Midden-Brabant West',
  'Oosterhout',
  'Geertruidenberg',
  'Drimmelen',
  'Moerdijk',
  'Etten-Leur',
  'Zundert',
  'Bergen (L.)',
  'Altena',
];

const SKILLS = [
  'Jeugdwet',
  'Wmo 2015',
  'Participatiewet',
  'Digitaal Stelsel Omgevingswet (DSO)',
  'Re-integratie & werkgeversdienstverlening',
  'Wet <open> overheid "Woo"',
  'Informatiebeveiliging (BIO)',
  'Privacy & AVG',
  'Schuldhulpverlening',
  'Inburgering',
  'Leerplicht',
  'Basisregistratie Personen',
  'Burgerzaken',
  'Vergunningverlening, toezicht en handhaving',
  'Ruimtelijke ordening',
  'Bestemmingsplannen',
  'Milieu',
  'Energietransitie',
  'Klimaatadaptatie',
  'Openbare ruimte',
  'Inkoop en aanbesteding',
  'Contractmanagement',
  'Financiën',
  "Belastingen & WOZ 'waardering'",
  'Juridische zaken',
  'Communicatie',
  'Data-analyse',
  'Projectmanagement',
  'Opvang ontheemden uit Oekraïne',
  'Wonen',
];

function countsFactory(
  holders: number,
  available = holders,
  exact = true,
): { holders: ProtectedCount; available: ProtectedCount } {
  return { holders: protect(holders, exact, K), available: protect(available, exact, K) };
}

function matrixFactory(overrides: Partial<CoverageMatrix> = {}): CoverageMatrix {
  const municipalities = MUNICIPALITIES.map((name, i) => ({
    code: `GM${String(1000 + i)}`,
    name,
  }));
  const skills = SKILLS.map((name, i) => ({ id: `skill-${i}`, name }));
  // A fixed pseudo-random sequence: the sample is the same on every run.
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const cells = municipalities.map((_, row) =>
    skills.map((__, column): CoverageCell => {
      // Rows from 20 on are municipalities the caller has no rights to: small counts are hidden.
      const exact = row < 20;
      if (row === 0 && column === 0) return countsFactory(128, 97);
      const draw = next();
      const holders = draw < 0.15 ? 0 : Math.floor(next() * (column < 10 ? 40 : 12));
      return countsFactory(holders, Math.floor(holders * 0.7), exact);
    }),
  );
  return {
    collaboration: { id: 'c-1', name: 'Hart van Brabant & "Partners"' },
    minLevel: 3,
    kAnonymity: K,
    generatedAt: new Date('2026-12-04T09:30:00Z'),
    municipalities,
    skills,
    cells,
    ...overrides,
  };
}

function render(svg: string, hideText = false): { width: number; height: number; pixels: Buffer } {
  const source = hideText ? svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, '') : svg;
  const image = new Resvg(source, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

describe('renderCoverageHeatmap', () => {
  const sut = renderCoverageHeatmap;

  describe('the sample of 28 municipalities × 30 skills', () => {
    const matrix = matrixFactory();

    it('is a well-formed standalone SVG document with its size set', () => {
      const svg = sut(matrix);
      const root = parseXml(svg);

      expect(root.name).toBe('svg');
      expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
      const width = Number(root.attributes.width);
      const height = Number(root.attributes.height);
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
      expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`);
      const names = new Set(descendants(root).map((element) => element.name));
      for (const forbidden of ['script', 'image', 'style', 'foreignObject', 'use', 'a']) {
        expect(names).not.toContain(forbidden);
      }
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|href=/);
      expect(descendants(root).every((element) => !element.name.startsWith('on'))).toBe(true);
      expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    });

    it('names every municipality and skill, cut with an ellipsis when long, in full in a title', () => {
      const root = parseXml(sut(matrix));

      const rowLabels = labelsOf(root, 'row-labels');
      const columnLabels = labelsOf(root, 'column-labels');
      expect(rowLabels.map((label) => label.full)).toEqual(MUNICIPALITIES);
      expect(columnLabels.map((label) => label.full)).toEqual(SKILLS);
      for (const { full, shown } of [...rowLabels, ...columnLabels]) {
        if (shown !== full) {
          expect(shown.endsWith('…')).toBe(true);
          expect(full.startsWith(shown.slice(0, -1))).toBe(true);
          expect(shown.length).toBeGreaterThanOrEqual(20);
        }
        expect(shown.length).toBeLessThanOrEqual(36);
      }
      const cut = [...rowLabels, ...columnLabels].filter(({ full, shown }) => shown !== full);
      expect(cut.map((label) => label.full)).toEqual(
        expect.arrayContaining([
          'Gemeenschappelijke Regeling Sociaal Domein Midden-Brabant West',
          'Vergunningverlening, toezicht en handhaving',
        ]),
      );
      expect(rowLabels.find((label) => label.full === 'Breda')?.shown).toBe('Breda');
    });

    it('escapes the characters XML gives a meaning to', () => {
      const svg = sut(matrix);

      expect(svg).not.toContain('<Test>');
      expect(svg).not.toContain('"Zoon"');
      expect(svg).not.toContain('<open>');
      expect(svg).toContain('Gemeente &lt;Test&gt; &amp; &quot;Zoon&quot;');
      expect(svg).toContain('&apos;s-Hertogenbosch');
      const texts = descendants(parseXml(svg)).map((element) => element.text);
      expect(texts).toContain('Wet <open> overheid "Woo"');
      expect(texts).toContain("Belastingen & WOZ 'waardering'");
    });

    it('hatches every suppressed cell and labels it <k, never 0', () => {
      const root = parseXml(sut(matrix));
      const patternIds = descendants(root)
        .filter((element) => element.name === 'pattern')
        .map((element) => element.attributes.id);
      const cells = cellsOf(root);

      const suppressed = matrix.cells.flat().filter((cell) => cell.holders.suppressed);
      expect(suppressed.length).toBeGreaterThan(10);
      matrix.cells.flat().forEach((cell, i) => {
        if (!cell.holders.suppressed) return;
        const drawn = cells[i];
        expect(drawn.rect.attributes.class).toBe('cell suppressed');
        const pattern = /^url\(#(.+)\)$/.exec(drawn.rect.attributes.fill)?.[1];
        expect(patternIds).toContain(pattern);
        expect(drawn.text).toBe(`<${K}`);
        expect(drawn.text).not.toBe('0');
        const [, pill] = drawn.group.children.filter((element) => element.name === 'rect');
        expect(contrastRatio(drawn.textFill, pill.attributes.fill)).toBeGreaterThanOrEqual(4.5);
        expect(drawn.title).toMatch(new RegExp(`: minder dan ${K} \\(niet getoond\\)$`));
      });
    });

    it('draws a zero as a pale cell with "0", distinct from the hatch and from the scale', () => {
      const root = parseXml(sut(matrix));
      const cells = cellsOf(root);

      const zeros = matrix.cells.flat().flatMap((cell, i) => (cell.holders.value === 0 ? [i] : []));
      expect(zeros.length).toBeGreaterThan(10);
      const fills = new Set(zeros.map((i) => cells[i].rect.attributes.fill));
      expect(fills.size).toBe(1);
      const [zeroFill] = fills;
      expect(zeroFill).not.toMatch(/^url/);
      expect(relativeLuminance(zeroFill)).toBeGreaterThan(0.85);
      for (const i of zeros) expect(cells[i].text).toBe('0');
      const countFills = cells.filter((cell) => cell.rect.attributes.class === 'cell count');
      expect(countFills.map((cell) => cell.rect.attributes.fill)).not.toContain(zeroFill);
    });

    it('prints each count in a colour that contrasts with its fill, darker for more people', () => {
      const root = parseXml(sut(matrix));
      const cells = cellsOf(root).filter(
        (cell) => cell.rect.attributes.class !== 'cell suppressed',
      );

      for (const cell of cells) {
        expect(contrastRatio(cell.textFill, cell.rect.attributes.fill)).toBeGreaterThanOrEqual(4.5);
      }
      const counted = cellsOf(root).flatMap((cell, i) => {
        const value = matrix.cells.flat()[i].holders.value;
        return cell.rect.attributes.class === 'cell count' && value !== null
          ? [{ value, luminance: relativeLuminance(cell.rect.attributes.fill), text: cell.text }]
          : [];
      });
      for (const { value, text } of counted) expect(text).toBe(String(value));
      const byValue = [...counted].sort((a, b) => a.value - b.value);
      for (let i = 1; i < byValue.length; i++) {
        expect(byValue[i].luminance).toBeLessThanOrEqual(byValue[i - 1].luminance + 1e-9);
      }
      expect(byValue[0].luminance).toBeGreaterThan(0.6);
      expect(byValue[byValue.length - 1].luminance).toBeLessThan(0.05);
    });

    it('tells in each tooltip who, what, how many and how many of them are available', () => {
      const cells = cellsOf(parseXml(sut(matrix)));

      expect(cells[0].title).toBe('Tilburg — Jeugdwet: 128 mensen (97 beschikbaar)');
      const hidden = matrix.cells[25].findIndex((cell) => cell.holders.suppressed);
      expect(cells[25 * SKILLS.length + hidden].title).toBe(
        `Zundert — ${SKILLS[hidden]}: minder dan ${K} (niet getoond)`,
      );
    });

    it('has a title, the date in Dutch and a legend explaining the scale, zero and suppression', () => {
      const root = parseXml(sut(matrix));
      const texts = descendants(root)
        .filter((element) => element.name === 'text')
        .map((element) => element.text);

      expect(texts).toContain(
        'Vaardigheden in Hart van Brabant & "Partners": mensen op niveau ≥ 3',
      );
      expect(texts).toContain('Bijgewerkt 4 december 2026');
      const legend = descendants(root).find((element) => element.attributes.class === 'legend');
      expect(legend).toBeDefined();
      const legendTexts = descendants(legend!).map((element) => element.text);
      const values = matrix.cells
        .flat()
        .flatMap((cell) => (cell.holders.suppressed ? [] : [cell.holders.value ?? 0]))
        .filter((value) => value > 0);
      expect(legendTexts).toContain(String(Math.min(...values)));
      expect(legendTexts).toContain(String(Math.max(...values)));
      expect(legendTexts).toContain(
        `Minder dan ${K} mensen; niet getoond voor gemeenten waarvoor u geen rechten hebt`,
      );
      expect(legendTexts).toContain('Niemand op dit niveau');
      const swatches = descendants(legend!).filter((element) => element.name === 'rect');
      expect(swatches.map((swatch) => swatch.attributes.class)).toEqual(
        expect.arrayContaining(['scale', 'cell zero', 'cell suppressed']),
      );
    });

    it('renders the same input to the same text', () => {
      expect(sut(matrixFactory())).toBe(sut(matrixFactory()));
    });

    it('renders to a PNG of the size of the SVG, with its labels drawn', () => {
      for (const file of FONT_FILES) expect(fs.existsSync(file)).toBe(true);
      const svg = sut(matrix);
      const root = parseXml(svg);

      const image = render(svg);
      const bare = render(svg, true);

      expect(image.width).toBe(Number(root.attributes.width));
      expect(image.height).toBe(Number(root.attributes.height));
      const rects = cellsOf(root).map((cell) => cell.rect.attributes);
      const gridLeft = Math.min(...rects.map((rect) => Number(rect.x)));
      const gridTop = Math.min(...rects.map((rect) => Number(rect.y)));
      const gridBottom = Math.max(...rects.map((rect) => Number(rect.y) + Number(rect.height)));
      const rowStrip = { left: 0, top: gridTop, right: gridLeft - 1, bottom: gridBottom };
      const columnStrip = {
        left: gridLeft,
        top: gridTop - 80,
        right: image.width,
        bottom: gridTop,
      };
      if (process.env.HEATMAP_SAMPLE_PNG)
        fs.writeFileSync(process.env.HEATMAP_SAMPLE_PNG + '.svg', svg);
      // Row labels: 28 of about 10 characters; each character draws a few dark pixels at least.
      expect(darkPixels(image, rowStrip)).toBeGreaterThan(28 * 10 * 5);
      expect(darkPixels(bare, rowStrip)).toBe(0);
      expect(darkPixels(image, columnStrip)).toBeGreaterThan(30 * 5 * 5);
      expect(darkPixels(bare, columnStrip)).toBe(0);

      const sample = process.env.HEATMAP_SAMPLE_PNG;
      if (sample) {
        fs.writeFileSync(
          sample,
          new Resvg(svg, {
            font: {
              loadSystemFonts: false,
              fontFiles: FONT_FILES,
              defaultFontFamily: 'DejaVu Sans',
            },
          })
            .render()
            .asPng(),
        );
      }
    });
  });

  it('never shows the value of a count marked suppressed', () => {
    const leaky: ProtectedCount = { value: 3, suppressed: true };
    const matrix = matrixFactory({
      municipalities: [{ code: 'GM0855', name: 'Tilburg' }],
      skills: [{ id: 'jeugdwet', name: 'Jeugdwet' }],
      cells: [[{ holders: leaky, available: leaky }]],
    });

    const [cell] = cellsOf(parseXml(sut(matrix)));

    expect(cell.rect.attributes.class).toBe('cell suppressed');
    expect(cell.text).toBe(`<${K}`);
    expect(cell.title).toBe(`Tilburg — Jeugdwet: minder dan ${K} (niet getoond)`);
  });

  it('says "persoon" for one and tells when the available people are too few to show', () => {
    const matrix = matrixFactory({
      municipalities: [{ code: 'GM0855', name: 'Tilburg' }],
      skills: [
        { id: 'jeugdwet', name: 'Jeugdwet' },
        { id: 'wmo', name: 'Wmo 2015' },
      ],
      cells: [
        [
          { holders: protect(1, true, K), available: protect(0, true, K) },
          { holders: protect(9, false, K), available: SUPPRESSED },
        ],
      ],
    });

    const cells = cellsOf(parseXml(sut(matrix)));

    expect(cells.map((cell) => cell.title)).toEqual([
      'Tilburg — Jeugdwet: 1 persoon (0 beschikbaar)',
      `Tilburg — Wmo 2015: 9 mensen (minder dan ${K} beschikbaar)`,
    ]);
  });

  it.each([
    ['2026-12-31T22:59:00Z', 'Bijgewerkt 31 december 2026'],
    ['2026-12-31T23:30:00Z', 'Bijgewerkt 1 januari 2027'],
    ['2026-07-01T21:59:00Z', 'Bijgewerkt 1 juli 2026'],
    ['2026-07-01T22:00:00Z', 'Bijgewerkt 2 juli 2026'],
  ])('dates %s as the day it was in the Netherlands: %s', (instant, subtitle) => {
    const svg = sut(matrixFactory({ generatedAt: new Date(instant) }));

    const texts = descendants(parseXml(svg)).map((element) => element.text);
    expect(texts).toContain(subtitle);
  });

  it.each([
    ['no municipalities', { municipalities: [], cells: [] }, 'geen deelnemende gemeenten'],
    ['no skills', { skills: [], cells: MUNICIPALITIES.map(() => []) }, 'geen vaardigheden'],
  ])('renders a small SVG saying there is nothing to show for %s', (_, overrides, reason) => {
    const svg = sut(matrixFactory(overrides));
    const root = parseXml(svg);

    const texts = descendants(root).map((element) => element.text);
    expect(texts).toContain('Vaardigheden in Hart van Brabant & "Partners": mensen op niveau ≥ 3');
    expect(texts.some((text) => text.startsWith('Niets te tonen') && text.includes(reason))).toBe(
      true,
    );
    expect(cellsOf(root)).toEqual([]);
    expect(Number(root.attributes.width)).toBeLessThan(900);
    expect(Number(root.attributes.height)).toBeLessThan(150);
    const image = render(svg);
    expect(image.width).toBe(Number(root.attributes.width));
    expect(
      darkPixels(image, { left: 0, top: 0, right: image.width, bottom: image.height }),
    ).toBeGreaterThan(200);
  });

  it('refuses cells of another shape than its municipalities × skills', () => {
    const matrix = matrixFactory({ cells: matrixFactory().cells.slice(1) });

    expect(() => sut(matrix)).toThrow(RangeError);
  });

  describe('the checks of this spec', () => {
    it.each([
      ['an unescaped ampersand', '<svg><text>a & b</text></svg>'],
      ['an unescaped <', '<svg><text>a < b</text></svg>'],
      ['an unclosed element', '<svg><g></svg>'],
      ['a quote in an attribute', '<svg><text x="1"2">a</text></svg>'],
      ['two roots', '<svg></svg><svg></svg>'],
    ])('refuse %s', (_, xml) => {
      expect(() => parseXml(xml)).toThrow();
    });

    it('refuse ill-formed XML in resvg too', () => {
      expect(
        () =>
          new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>', {
            font: { loadSystemFonts: false },
          }),
      ).toThrow();
    });
  });
});

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

const NAME = '[A-Za-z_][\\w:.-]*';
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * A small well-formedness check for the XML this renderer writes: one root, nested elements,
 * double-quoted attributes, no stray `<` or `&`. It throws on anything else.
 */
function parseXml(source: string): XmlElement {
  const token = new RegExp(
    `<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>|([^<]+)`,
    'y',
  );
  const attribute = new RegExp(`(${NAME})\\s*=\\s*"([^"<]*)"`, 'g');
  const text = source.replace(/^<\?xml[^?]*\?>/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let position = 0;
  while (position < text.length) {
    token.lastIndex = position;
    const match = token.exec(text);
    if (!match)
      throw new Error(`not well-formed at ${position}: ${text.slice(position, position + 40)}`);
    position = token.lastIndex;
    const [, closing, name, attributeText, selfClosing, characters] = match;
    if (characters !== undefined) {
      if (ENTITY.test(characters)) throw new Error(`a bare & in ${characters}`);
      if (stack.length > 0) stack[stack.length - 1].text += decode(characters);
      else if (characters.trim() !== '') throw new Error('text outside the root');
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText.matchAll(attribute)) {
      if (key in attributes) throw new Error(`${key} twice`);
      if (ENTITY.test(value)) throw new Error(`a bare & in ${value}`);
      attributes[key] = decode(value);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root === null) root = element;
    else throw new Error('a second root');
    if (!selfClosing) stack.push(element);
  }
  if (root === null || stack.length > 0) throw new Error('unclosed elements');
  return root;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity];
    return String.fromCodePoint(
      entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function groupOf(root: XmlElement, className: string): XmlElement {
  const group = descendants(root).find((element) => element.attributes.class === className);
  if (!group) throw new Error(`no ${className}`);
  return group;
}

function labelsOf(root: XmlElement, className: string): Array<{ full: string; shown: string }> {
  return groupOf(root, className).children.map((label) => ({
    full: childNamed(label, 'title').text,
    shown: childNamed(label, 'text').text,
  }));
}

interface DrawnCell {
  readonly group: XmlElement;
  readonly title: string;
  readonly rect: XmlElement;
  readonly text: string;
  readonly textFill: string;
}

/** The cells in the order of the matrix, row by row. */
function cellsOf(root: XmlElement): DrawnCell[] {
  const group = descendants(root).find((element) => element.attributes.class === 'cells');
  return (group?.children ?? []).map((cell) => ({
    group: cell,
    title: childNamed(cell, 'title').text,
    rect: childNamed(cell, 'rect'),
    text: childNamed(cell, 'text').text,
    textFill: childNamed(cell, 'text').attributes.fill,
  }));
}

function childNamed(element: XmlElement, name: string): XmlElement {
  const child = element.children.find((candidate) => candidate.name === name);
  if (!child) throw new Error(`no <${name}> in <${element.name}>`);
  return child;
}

function relativeLuminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const c = parseInt(colour.slice(start, start + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Pixels darker than mid-grey in a rectangle of an RGBA rendering on a white background. */
function darkPixels(
  image: { width: number; pixels: Buffer },
  area: { left: number; top: number; right: number; bottom: number },
): number {
  let count = 0;
  const [left, top] = [Math.max(0, Math.ceil(area.left)), Math.max(0, Math.ceil(area.top))];
  const [right, bottom] = [Math.min(Math.floor(area.right), image.width), Math.floor(area.bottom)];
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const offset = (y * image.width + x) * 4;
      const [r, g, b] = image.pixels.subarray(offset, offset + 3);
      if (r < 128 && g < 128 && b < 128) count++;
    }
  }
  return count;
}
