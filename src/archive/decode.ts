/**
 * Seed files arrive as bytes: UTF-8 (with or without BOM) is the norm; Chinese sources are often
 * GB18030/GBK. Invalid bytes are reported with their offset, never silently replaced.
 */
export interface Decoded {
  text: string;
  /** As detected; `utf-8-bom` is UTF-8 that starts with a byte-order mark (removed from the text). */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
  warnings: string[];
}

export class DecodeError extends Error {}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8', warnings: [] };
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return {
      text,
      encoding: 'gb18030',
      warnings: [`not valid UTF-8 (first bad byte at offset ${bad}); decoded as GB18030 — check the text, or save the file as UTF-8`],
    };
  } catch {
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${bad}) and not GB18030 either; save the file as UTF-8`);
  }
}
