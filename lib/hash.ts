/** FNV-1a, 52 bits, as a base-36 string: a stable short key for texts without a permalink. */
export function textHash(text: string): string {
  let low = 0x811c9dc5;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // 32-bit FNV prime multiply, carrying the overflow into a second word.
    const product = low * 0x01000193;
    high = (high * 0x01000193 + Math.floor(product / 0x100000000)) % 0x100000;
    low = product >>> 0;
  }
  return (high * 0x100000000 + low).toString(36);
}
