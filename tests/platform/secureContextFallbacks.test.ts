import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Bytes, sha256Hex } from '../../src/platform/sha256';
import { randomId } from '../../src/platform/randomId';

describe('SHA-256 without crypto.subtle (plain-http intranets)', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('equals Node’s OpenSSL SHA-256 for any text and any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (b) => {
        expect(Buffer.from(sha256Bytes(b)).toString('hex')).toBe(
          createHash('sha256').update(b).digest('hex'),
        );
        expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('random ids without crypto.randomUUID', () => {
  it('are RFC 4122 version 4 ids built from the given random bytes', () => {
    expect(randomId((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomId((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    const id = randomId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomId()).not.toBe(id);
  });
});
