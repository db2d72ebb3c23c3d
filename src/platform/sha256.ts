import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The one SHA-256 of the app (data versions, embed pins, published files), from @noble/hashes.
 * Web Crypto's `crypto.subtle` exists only in secure contexts (https, localhost); intranets serve
 * plain http, so the app never relies on it. Synchronous, and the same in browsers and Node.
 */
export function sha256Bytes(data: Uint8Array): Uint8Array {
  return sha256(data);
}

/** Hex SHA-256 of bytes, or of a string's UTF-8. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}
