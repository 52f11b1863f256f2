import type { IsoDate } from '../calendar/isoDate';
import type { ReminderLetter } from './model';
import { dateLineOf } from './recipient';
import { fillWording, REMINDER_WORDING } from './wording';

/** The wording of one kind of reminder (plan or report), as {@link REMINDER_WORDING} holds it. */
export interface LetterWording {
  subject: string;
  title: string;
  titleSub: string;
  intro: string;
  closing: string;
  shortIntro: string;
  shortClosing: string;
}

/**
 * A reminder's letter: its wording filled with `values` (which name the unit, the sender and
 * what the wording asks for), written on `asOf` and signed by `sender`; `notes` follow the intro.
 *
 * @example
 * reminderLetter(REMINDER_WORDING.report, values, { asOf: '2024-03-20', sender: 'Văn phòng Sở' }).greeting // 'Kính gửi: Chi cục Thủy lợi.'
 */
export function reminderLetter(
  wording: LetterWording,
  values: Readonly<Record<string, string | number>>,
  options: { asOf: IsoDate; sender: string; notes?: readonly string[] },
): ReminderLetter {
  return {
    subject: fillWording(wording.subject, values),
    greeting: fillWording(REMINDER_WORDING.greeting, values),
    intro: [fillWording(wording.intro, values), ...(options.notes ?? [])],
    closing: [fillWording(wording.closing, values), REMINDER_WORDING.regards],
    title: wording.title,
    titleSub: fillWording(wording.titleSub, values),
    dateLine: dateLineOf(options.asOf),
    signer: options.sender,
    short: { intro: fillWording(wording.shortIntro, values), closing: fillWording(wording.shortClosing, values) },
  };
}
