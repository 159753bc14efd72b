import type { Color, PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { rgb } from '@cantoo/pdf-lib';
import type { Fonts, Line, Run, Style } from '../../charter/pdf-layout';
import { A4, drawable, GREY, INK, MARGIN, wrap } from '../../charter/pdf-layout';

export { GREY, INK };
export type { Line };
/** Table rules and the header band: light enough to print well in black and white. */
export const RULE = rgb(0.78, 0.78, 0.78);
export const BAND = rgb(0.93, 0.93, 0.93);

export type Align = 'left' | 'right' | 'center';
export const LEADING = 1.4;

/** A paragraph of a block: its runs, size and colour, and the space above it. */
export interface BlockItem {
  runs: Run[];
  size: number;
  color?: Color;
  leading?: number;
  gap?: number;
}

export const run = (text: string, style: Style = 'regular'): Run => ({ text, style });
export const item = (text: string, size: number, { style, ...options }: Omit<BlockItem, 'runs' | 'size'> & { style?: Style } = {}): BlockItem => ({
  runs: [run(text, style)],
  size,
  ...options,
});

export interface TextOptions {
  size: number;
  style?: Style;
  color?: Color;
  align?: Align;
  /** The width the text is aligned in (from `x`); needed for `right` and `center`. */
  width?: number;
  page?: PDFPage;
}

/**
 * The invoice's pages: content flows down from the top margin to `bottom` (above the footer), and a new page starts
 * with whatever `onNewPage` draws (the continued header, the table's column titles).
 */
export class Sheet {
  readonly pages: PDFPage[] = [];
  readonly left = MARGIN;
  readonly right = A4[0] - MARGIN;
  readonly width = A4[0] - 2 * MARGIN;
  readonly top = A4[1] - MARGIN;
  page!: PDFPage;
  y = 0;
  /** The lowest point content may reach on a page. */
  bottom = MARGIN;
  onNewPage: () => void = () => undefined;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.pdf.addPage(A4);
    this.pages.push(this.page);
    this.y = this.top;
  }

  newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.pages.push(this.page);
    this.y = this.top;
    this.onNewPage();
  }

  /** Starts a new page unless `height` points still fit on this one; says whether it did. */
  ensure(height: number): boolean {
    if (this.y - height >= this.bottom) return false;
    this.newPage();
    return true;
  }

  widthOf(text: string, size: number, style: Style = 'regular'): number {
    const font = this.fonts[style];
    return font.widthOfTextAtSize(drawable(text, font), size);
  }

  /** One line of text whose baseline is at `baseline`. */
  text(text: string, x: number, baseline: number, options: TextOptions): void {
    const { size, style = 'regular', color = INK, align = 'left', width = 0, page = this.page } = options;
    const font = this.fonts[style];
    const shown = drawable(text, font);
    const advance = font.widthOfTextAtSize(shown, size);
    const start = align === 'right' ? x + width - advance : align === 'center' ? x + (width - advance) / 2 : x;
    page.drawText(shown, { x: start, y: baseline, size, font, color });
  }

  /** Runs of several styles on one baseline, aligned as a whole. */
  runs(line: Line, x: number, baseline: number, options: TextOptions): void {
    const { size, align = 'left', width = 0 } = options;
    const advance = line.reduce((sum, run) => sum + this.widthOf(run.text, size, run.style), 0);
    let start = align === 'right' ? x + width - advance : align === 'center' ? x + (width - advance) / 2 : x;
    for (const run of line) {
      this.text(run.text, start, baseline, { ...options, style: run.style, align: 'left' });
      start += this.widthOf(run.text, size, run.style);
    }
  }

  wrap(runs: Run[], size: number, width: number): Line[] {
    return wrap(runs, this.fonts, size, width);
  }

  /** The height `block()` would take, to keep a block together. */
  blockHeight(items: BlockItem[], width: number): number {
    return items.reduce((sum, item) => sum + (item.gap ?? 0) + this.wrap(item.runs, item.size, width).length * item.size * (item.leading ?? LEADING), 0);
  }

  /** Wrapped paragraphs stacked from `top` down within one column, on the current page; returns where they end. */
  block(items: BlockItem[], x: number, width: number, top: number, align: Align = 'left'): number {
    let y = top;
    for (const item of items) {
      y -= item.gap ?? 0;
      const leading = item.leading ?? LEADING;
      for (const line of this.wrap(item.runs, item.size, width)) {
        this.runs(line, x, y - item.size * (1 + (leading - 1) / 2) + item.size * 0.18, { size: item.size, color: item.color, align, width });
        y -= item.size * leading;
      }
    }
    return y;
  }

  rule(x1: number, x2: number, y: number, options: { color?: Color; thickness?: number; page?: PDFPage } = {}): void {
    const { color = RULE, thickness = 0.5, page = this.page } = options;
    page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color });
  }
}
