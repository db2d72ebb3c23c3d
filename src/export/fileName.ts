// Download names people can read (Chinese kept) and every OS accepts: no path separators, no control
// or format characters, none of Windows' reserved characters or device names, no leading dot.

const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 120;

/** One part of a file name, made safe; may be empty. */
export function safeFilePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, '_')
    .replace(/_*-_*/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** `立案提案-2022-排名-16x9.png`: non-empty parts joined with `-`, cut to a sane length, extension added. */
export function exportFileName(
  parts: readonly (string | number | null | undefined)[],
  extension: string,
): string {
  const stem = parts
    .map((p) => (p === null || p === undefined ? '' : safeFilePart(String(p))))
    .filter((p) => p !== '')
    .join('-');
  const cut = [...stem]
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[._-]+$/, '');
  return `${cut || 'chart'}.${extension.replace(/[^a-z0-9]/gi, '')}`;
}
