import { en, vi, type PaneStrings } from './strings';

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

/** The string table of a language. */
export function stringsFor(language: PaneLanguage): PaneStrings {
  return language === 'en' ? en : vi;
}
