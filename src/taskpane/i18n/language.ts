import { vi, type PaneStrings } from './strings';

export type PaneLanguage = 'vi' | 'en';

/**
 * The pane's language from Office's display language ("vi-VN", "en-US" …): Vietnamese unless
 * Office says another language; Vietnamese when there is no Office.
 *
 * @example
 * paneLanguage('en-US') // 'en'
 * paneLanguage(undefined) // 'vi'
 */
export function paneLanguage(displayLanguage: string | null | undefined): PaneLanguage {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/**
 * The string table of a language. Vietnamese is in the first load; English, needed only where
 * Office's display language is not Vietnamese, is a chunk of its own.
 */
export async function loadStrings(language: PaneLanguage): Promise<PaneStrings> {
  if (language === 'vi') return vi;
  const { en } = await import(/* webpackChunkName: "strings-en" */ './stringsEn');
  return en;
}
