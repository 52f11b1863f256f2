import { strFromU8, unzipSync } from 'fflate';

// <dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-15T08:30:00Z</dcterms:modified>
const MODIFIED = /<dcterms:modified\b[^>]*>\s*([^<]+?)\s*<\/dcterms:modified>/;

/**
 * The last-saved time an .xlsx records about itself (docProps/core.xml `dcterms:modified`),
 * as an ISO time; null when the part or the element is missing or not a time. It travels with
 * the file (a copy keeps it), unlike the file system's time.
 *
 * @example
 * modifiedAtOf(bytes) // '2024-03-15T08:30:00.000Z'
 */
export function modifiedAtOf(bytes: Uint8Array): string | null {
  let xml: string;
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
    if (!part) return null;
    xml = strFromU8(part);
  } catch {
    return null;
  }
  const text = MODIFIED.exec(xml)?.[1];
  const time = text ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
