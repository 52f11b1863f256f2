/**
 * Strips the sheet part of an Office address.
 *
 * @example
 * localAddress("'Kế hoạch'!A1:B2") // 'A1:B2'
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}
