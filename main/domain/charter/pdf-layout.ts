import type { Color, PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { rgb } from '@cantoo/pdf-lib';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Typesetting for the charter's printable copy: Markdown to blocks, blocks to wrapped lines, lines to A4 pages. */

export const cm = (value: number) => (value * 72) / 2.54;
export const A4: [number, number] = [cm(21), cm(29.7)];
export const MARGIN = cm(2);
export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.4, 0.4, 0.4);

export type Style = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';
export type Fonts = Record<Style, PDFFont>;
/** A stretch of text in one style; `\n` forces a line break. */
export interface Run {
  text: string;
  style: Style;
}
export type Line = Run[];

type Root = ReturnType<typeof fromMarkdown>;
type Content = Root['children'][number];
type Phrasing = Extract<Content, { type: 'paragraph' }>['children'][number];

export type Block = { kind: 'heading'; depth: number; runs: Run[] } | { kind: 'text'; runs: Run[]; indent: number; marker: string } | { kind: 'rule' };

/** The charter's Markdown as blocks to lay out; what the layout has no notion of (tables, HTML) is kept as plain text. */
export function markdownBlocks(markdown: string): Block[] {
  return fromMarkdown(markdown).children.flatMap((node) => blocksOf(node, 0));
}

function blocksOf(node: Content, indent: number): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', depth: node.depth, runs: runsOf(node.children, 'regular') }];
    case 'paragraph':
      return [{ kind: 'text', runs: runsOf(node.children, 'regular'), indent, marker: '' }];
    case 'list':
      return node.children.flatMap((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
        const blocks = item.children.flatMap((child) => blocksOf(child, indent + 1));
        const first = blocks[0];
        if (first?.kind === 'text' && first.indent === indent + 1) first.marker = marker;
        else blocks.unshift({ kind: 'text', runs: [], indent: indent + 1, marker });
        return blocks;
      });
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, indent + 1));
    case 'code':
      return [{ kind: 'text', runs: [{ text: node.value, style: 'mono' }], indent, marker: '' }];
    case 'thematicBreak':
      return [{ kind: 'rule' }];
    case 'html':
      return [];
    default: {
      const text = plainText(node);
      return text ? [{ kind: 'text', runs: [{ text, style: 'regular' }], indent, marker: '' }] : [];
    }
  }
}

function runsOf(nodes: Phrasing[], style: Style): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value.replace(/\s*\n\s*/g, ' '), style }];
      case 'strong':
        return runsOf(node.children, style === 'italic' || style === 'boldItalic' ? 'boldItalic' : 'bold');
      case 'emphasis':
        return runsOf(node.children, style === 'bold' || style === 'boldItalic' ? 'boldItalic' : 'italic');
      case 'inlineCode':
        return [{ text: node.value, style: 'mono' }];
      case 'break':
        return [{ text: '\n', style }];
      case 'image':
        return node.alt ? [{ text: node.alt, style }] : [];
      case 'html':
        return [];
      default:
        return 'children' in node ? runsOf(node.children, style) : [];
    }
  });
}

function plainText(node: object): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? node.children.map((child: object) => plainText(child)).join(' ') : '';
}

const characterSets = new WeakMap<PDFFont, Set<number>>();
// Joiners, variation selectors and skin tones only steer how an emoji looks: each would print as one more '?'.
const invisible = (code: number) => (code >= 0x200b && code <= 0x200d) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x1f3fb && code <= 0x1f3ff);

/** The text with every character the font cannot draw replaced by '?' (pdf-lib would throw on it). */
export function drawable(text: string, font: PDFFont): string {
  let known = characterSets.get(font);
  if (!known) characterSets.set(font, (known = new Set(font.getCharacterSet())));
  const drawn = (char: string, code: number) => (char === '\n' || known.has(code) ? char : char === '\t' ? ' ' : invisible(code) ? '' : '?');
  return [...text.normalize('NFC')].map((char) => drawn(char, char.codePointAt(0) ?? 0)).join('');
}

/** Breaks runs into lines no wider than `width`, at ordinary spaces only: no-break spaces keep « 9 h 05 » together. */
export function wrap(runs: Run[], fonts: Fonts, size: number, width: number): Line[] {
  const measure = (pieces: Run[]) => pieces.reduce((sum, piece) => sum + fonts[piece.style].widthOfTextAtSize(piece.text, size), 0);
  const lines: Line[] = [];
  let line: Run[] = [];
  let space: Run | null = null;
  let word: Run[] = [];
  const placeWord = () => {
    if (word.length === 0) return;
    const gap = space && line.length > 0 ? [space] : [];
    if (line.length > 0 && measure([...line, ...gap, ...word]) > width) {
      lines.push(line);
      line = [];
    }
    if (line.length > 0) line.push(...gap);
    for (const part of measure(word) > width ? splitWord(word, fonts, size, width) : [word]) {
      if (line.length > 0 && measure([...line, ...part]) > width) lines.push(line.splice(0));
      line.push(...part);
    }
    word = [];
    space = null;
  };
  for (const run of runs) {
    const text = drawable(run.text, fonts[run.style]);
    // A word may span runs (« l’**Arrêt** »): it is placed only once a space or a break ends it.
    for (const token of text.split(/( |\n)/)) {
      if (token === ' ' || token === '\n') placeWord();
      if (token === ' ') space = { text: ' ', style: run.style };
      else if (token === '\n') lines.push(line.splice(0));
      else if (token) word.push({ text: token, style: run.style });
    }
  }
  placeWord();
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map(merge);
}

/** A word too long for a line (the hash, a URL), cut into pieces that each fit. */
function splitWord(word: Run[], fonts: Fonts, size: number, width: number): Run[][] {
  const parts: Run[][] = [[]];
  let used = 0;
  for (const run of word) {
    for (const char of run.text) {
      const advance = fonts[run.style].widthOfTextAtSize(char, size);
      if (used + advance > width && used > 0) {
        parts.push([]);
        used = 0;
      }
      parts[parts.length - 1]?.push({ text: char, style: run.style });
      used += advance;
    }
  }
  return parts.map(merge);
}

function merge(line: Line): Line {
  return line.reduce<Line>((merged, run) => {
    const last = merged[merged.length - 1];
    if (last && last.style === run.style) last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

/** Draws lines down A4 pages, starting a new page whenever the next thing would run into the bottom margin. */
export class PageWriter {
  readonly pages: PDFPage[] = [];
  readonly left = MARGIN;
  readonly width = A4[0] - 2 * MARGIN;
  page!: PDFPage;
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  get atTop(): boolean {
    return this.y === A4[1] - MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  keep(height: number): void {
    if (this.y - height < MARGIN && !this.atTop) this.newPage();
  }

  /** Makes room for `height` points on the current page, or on a new one, and returns the top of that room. */
  reserve(height: number): number {
    this.keep(height);
    const top = this.y;
    this.y -= height;
    return top;
  }

  /** Vertical space, dropped at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.max(MARGIN, this.y - height);
  }

  /** Wrapped text flowing across pages; a marker (bullet, number) hangs to the left of the first line. */
  text(runs: Run[], options: { size: number; leading?: number; indent?: number; marker?: string; color?: Color }): void {
    const { size, leading = 1.45, indent = 0, marker = '', color = INK } = options;
    const markerX = this.left + indent - size * 0.5 - this.fonts.regular.widthOfTextAtSize(drawable(marker, this.fonts.regular), size);
    wrap(runs, this.fonts, size, this.width - indent).forEach((line, index) => {
      const top = this.reserve(size * leading);
      if (index === 0 && marker) this.line([{ text: marker, style: 'regular' }], markerX, top, size, { leading, color });
      this.line(line, this.left + indent, top, size, { leading, color });
    });
  }

  /** One line whose box (`size × leading` high) starts at `top`, on the current page unless told. */
  line(line: Line, x: number, top: number, size: number, options: { leading?: number; color?: Color; page?: PDFPage } = {}): void {
    const { leading = 1.45, color = INK, page = this.page } = options;
    const y = top - size * 0.95 - (size * (leading - 1)) / 2;
    for (const run of line) {
      const font = this.fonts[run.style];
      const text = drawable(run.text, font);
      page.drawText(text, { x, y, size, font, color });
      x += font.widthOfTextAtSize(text, size);
    }
  }
}
