/**
 * The real-plans checker's loose text (shared/real-plans/check_plan.py): no case, no diacritics (đ
 * as d), runs of spaces, dashes and bullets as one space, no leading or trailing punctuation.
 *
 * @example
 * looseText(' Văn phòng Sở. ') // 'van phong so'
 */
export function looseText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\s\-•]+/g, ' ')
    .replace(/^[ .;:,]+|[ .;:,]+$/g, '');
}
