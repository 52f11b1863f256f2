import type { StatusKey } from '../status/model';

/** Fill and text colour of one status. */
export interface StatusColours {
  /** Cell fill `#RRGGBB`; `null` means no fill (the sheet's white). */
  fill: string | null;
  /** Text colour to use on that fill where the add-in owns the cell. */
  text: string;
}

/**
 * The one status palette (SPEC §5), used for row fills, the added status columns, the legend
 * and the status sheets. Every fill is light enough that both its own text colour and the
 * officer's black text keep a WCAG contrast of at least 4.5 (tested). On a black-and-white
 * printer the urgent fills stay apart (overdue darkest, then due-soon, then the calm ones:
 * tested on print luma); the symbol in the status text carries the meaning for colour-blind
 * readers and tells the calm statuses apart.
 *
 * @example
 * STATUS_PALETTE.overdue.fill // '#F08080'
 */
export const STATUS_PALETTE: Readonly<Record<StatusKey, StatusColours>> = {
  overdue: { fill: '#F08080', text: '#5A0000' },
  'due-soon': { fill: '#FFC000', text: '#5C4000' },
  pending: { fill: null, text: '#000000' },
  unscheduled: { fill: '#D9D9D9', text: '#262626' },
  ongoing: { fill: '#DDEBF7', text: '#1F4E78' },
  done: { fill: '#C6EFCE', text: '#0B5A1F' },
};

/** What an unfilled cell shows. */
export const SHEET_WHITE = '#FFFFFF';

/** Default text colour of the officer's cells (which the add-in does not recolour). */
export const OFFICER_TEXT = '#000000';

/**
 * Gray level (0–255) a black-and-white printer or a grayscale render makes of a colour
 * (Rec. 601 luma on the sRGB values).
 *
 * @example
 * printGray('#FFFFFF') // 255
 */
export function printGray(hex: string): number {
  relativeLuminance(hex);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

function channel(hex: string, at: number): number {
  const v = parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG 2 relative luminance of a `#RRGGBB` colour, 0 (black) … 1 (white).
 *
 * @example
 * relativeLuminance('#FFFFFF') // 1
 */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9A-Fa-f]{6}$/.test(hex)) throw new RangeError(`relativeLuminance: not #RRGGBB: ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/**
 * WCAG 2 contrast ratio of two `#RRGGBB` colours, 1 … 21.
 *
 * @example
 * contrastRatio('#000000', '#FFFFFF') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
