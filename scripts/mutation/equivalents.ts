import type { EquivalentMutant } from './score';

// Surviving Stryker mutants that no test can kill because the mutated code behaves exactly like the
// original. Each entry says why; `npm run mutation` lists them in the README and leaves them out of
// the "equivalents excluded" score. A survivor not listed here is a missing test.
const ONLY_EMPTY_HAS_NO_PAIRS =
  "bigrams() gives no pairs only for '' (one character is its own pair), and two empty texts have already " +
  'returned 1 as equal: with one side empty the sum is 2 * 0 / (0 + n) = 0, as the shortcut gives';
const NO_EMPTY_KEY =
  "the exact-name map never holds the empty key (add() skips it), so looking '' up there gives null, " +
  'as the shortcut does';

const ONE_CATALOG_KEY =
  'every catalog table (jurisdictions, indicators, categories, sources) is keyed by one column, so joining ' +
  'its key columns or key values never puts a separator between two of them';

const EMPTY_HEADER_CELL =
  'an empty header cell names no column: the text it is read as, empty or any other that is not a column ' +
  'name, matches none of the table’s columns either way';

const BITMAP_SIZE =
  'a larger validity bitmap than needed: Arrow reads only the first bit per row, so the column reads the same';
const SLOW_PATH_SAME =
  'a false utf8Offsets only sends the text down utf8VectorEach, which builds the same vector value by value; ' +
  'utf8Offsets itself is tested directly (tests/storage/arrowColumns.test.ts)';
const PAST_THE_END =
  'one more turn of the loop writes past the end of a typed array (ignored) or a bit past the row count ' +
  '(never read), and reads nothing the result holds';
const BUFFER_CAPACITY =
  "the byte buffer's size: it grows to whatever the next value needs before each write, so starting or " +
  'growing it larger or smaller changes only how often it grows, not the bytes written';
const NO_NULLS_NO_BITMAP =
  'with no nulls every row is valid either way: the bitmap built has every row’s bit set, so handing it to ' +
  'Arrow or none reads the same';

const OPTIONAL_NAMES_ONLY =
  "readCsvSql consults a header's names only to ask whether an optional column (comparable, " +
  'comparability_zh, comparability_en) is there: those are never first in a file (jurisdiction_id is), ' +
  'hold no quote or CR, and trim() already drops a trailing CR or U+FEFF, so the text differs only for names ' +
  'that match no optional column either way';

export const EQUIVALENT_MUTANTS: EquivalentMutant[] = [
  {
    file: 'src/export/spreadsheetSafe.ts',
    mutator: 'Regex',
    original: '/^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$/',
    replacement: '/^[+-](?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$/',
    reason:
      'PLAIN_NUMBER is only consulted for text that FORMULA_START matched, i.e. text starting with = + - @, a ' +
      'tab, CR, LF or a full-width sign; of those only + and - can start a number, so the sign is always there',
  },
  {
    file: 'src/export/spreadsheetSafe.ts',
    mutator: 'UnaryOperator',
    original: '-0',
    replacement: '+0',
    reason: "String(-0) is already '0', so testing for -0 or for +0 returns '0' for both zeros either way",
  },
  // 16b: data, charts, storage, view models
  {
    file: 'src/data/catalogIds.ts',
    mutator: 'Regex',
    original: '/^_+|_+$/gu',
    replacement: '/^_|_+$/gu',
    reason:
      'the step before collapses every run of other characters into one underscore, so no two underscores ever stand together',
  },
  {
    file: 'src/data/catalogIds.ts',
    mutator: 'Regex',
    original: '/^_+|_+$/gu',
    replacement: '/^_+|_$/gu',
    reason:
      'the step before collapses every run of other characters into one underscore, so no two underscores ever stand together',
  },
  {
    file: 'src/data/catalogIds.ts',
    mutator: 'Regex',
    original: '/_+$/u',
    replacement: '/_$/u',
    reason:
      'the step before collapses every run of other characters into one underscore, so no two underscores ever stand together (the cut to 64 characters leaves at most one at the end)',
  },
  {
    file: 'src/views/profile/profileSummary.ts',
    mutator: 'EqualityOperator',
    original: 'r.year > seen.year',
    replacement: 'r.year >= seen.year',
    reason:
      "a profile has one row per indicator and year (the observations' key), so two rows never tie on year",
  },
  {
    file: 'src/views/ranking/rankChange.ts',
    mutator: 'EqualityOperator',
    original: 'by > 0',
    replacement: 'by >= 0',
    reason: "by === 0 has already returned 'same' on the line before, so by is never 0 here",
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'ConditionalExpression',
    original: "text === ''",
    replacement: 'false',
    reason: 'ALL_CHARS (tested right after) needs at least one character, so it rejects the empty text too',
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason:
      "each '' guards a text that the next test handles alike when empty: ALL_CHARS rejects '', " +
      "/^[百千万亿]/ does not match '', and parseChineseNumber('') is null with no characters to fall back to",
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'ConditionalExpression',
    original: 'tenThousands === 0',
    replacement: 'true',
    reason:
      'tenThousands is set only by a 万, after which every further 万 or 亿 is refused by the descending-unit ' +
      'check on the next line anyway',
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'ArithmeticOperator',
    original: 'total + tenThousands',
    replacement: 'total - tenThousands',
    reason:
      'a 亿 is accepted only as the first big unit (units descend), so total and tenThousands are both 0 there',
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'ConditionalExpression',
    original: "run !== ''",
    replacement: 'true',
    reason: "/^[百千万亿]/ never matches '', so the loop stops at an empty run either way",
  },
  {
    file: 'src/data/chineseNumerals.ts',
    mutator: 'ConditionalExpression',
    original: "run === ''",
    replacement: 'false',
    reason: "parseChineseNumber('') is null and the fallback over no characters adds nothing: same tokens",
  },
  {
    file: 'src/charts/names.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason:
      'the scope key given to ids the catalog does not know: any text without a "/" is equally distinct from ' +
      'every real "level/body" key and the same for all unknown ids, so scopesDiffer answers alike',
  },
  // The sRGB curve's breakpoint: a channel is k/255 for a whole k, and 10/255 < 0.03928 < 11/255, so no
  // channel ever equals it and < decides exactly as <= (16d: checked by hand on contrast.test.ts).
  {
    file: 'src/charts/contrast.ts',
    mutator: 'EqualityOperator',
    original: 'c <= 0.03928',
    replacement: 'c < 0.03928',
    reason:
      'a colour channel is k/255 for a whole k from 0 to 255, and 10/255 < 0.03928 < 11/255: no channel equals ' +
      'the breakpoint, so < and <= pick the same branch for every colour',
  },
  // 16f: storage. catalogRows.insertRow builds its lookup for any number of key columns, but every catalog
  // table has exactly one (TABLE_KEYS, pinned by src/data/tables.test.ts), so the separators never show.
  {
    file: 'src/storage/catalogRows.ts',
    mutator: 'StringLiteral',
    original: "' AND '",
    replacement: '""',
    reason: ONE_CATALOG_KEY,
  },
  {
    file: 'src/storage/catalogRows.ts',
    mutator: 'StringLiteral',
    original: "' '",
    replacement: '""',
    reason: ONE_CATALOG_KEY,
  },
  {
    file: 'src/storage/catalogRows.ts',
    mutator: 'ConditionalExpression',
    original: 'v === null',
    replacement: 'false',
    line: 23,
    reason:
      "cellValue: null not caught by the first test is caught by none of the others (not undefined, not '', " +
      'not a bigint) and is returned as it is, i.e. null, the value the test returns',
  },
  // stagingTable: toIpc gives null exactly when there are no rows, and the import worker builds no
  // stream for no rows, so `ipc === null` alone already picks the empty table.
  {
    file: 'src/storage/stagingTable.ts',
    mutator: 'ConditionalExpression',
    original: 'rowCount === 0',
    replacement: 'false',
    line: 20,
    reason:
      'ipc is null exactly when rowCount is 0 (toIpc returns null for no rows; the import worker sends no ' +
      'stream for none), so the other half of the test takes the same branch',
  },
  {
    file: 'src/storage/stagingTable.ts',
    mutator: 'ArrayDeclaration',
    original: 'new Array<null>(length)',
    replacement: 'new Array()',
    reason:
      "an all-NULL column: apache-arrow's Table pads a shorter column with nulls to the table's length, so an " +
      'empty column stages the same NULLs as one of `length` nulls',
  },
  // 16f: data package cells (src/data/datasetPackage.ts)
  {
    file: 'src/data/datasetPackage.ts',
    mutator: 'ConditionalExpression',
    original: "typeof v === 'string'",
    replacement: 'false',
    line: 41,
    reason: 'a text that skips the shortcut ends at the last line, String(v), which is the same text',
  },
  {
    file: 'src/data/datasetPackage.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    line: 57,
    reason: EMPTY_HEADER_CELL,
  },
  {
    file: 'src/data/datasetPackage.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    line: 79,
    reason: EMPTY_HEADER_CELL,
  },
  {
    file: 'src/data/datasetPackage.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    line: 78,
    reason:
      'the header of a sheet with no rows at all: there is no body to read, so no record either way, whatever ' +
      'the header names',
  },
  {
    file: 'src/data/datasetPackage.ts',
    mutator: 'MethodExpression',
    original: 'String(raw).trim()',
    replacement: 'String(raw)',
    line: 94,
    reason:
      'Number() ignores the same leading and trailing white space (U+3000 and NBSP included) that trim() removes',
  },
  // 16f: arrowColumns.ts (buffer sizes, loop bounds past the end, and the fast path's fallback)
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ArithmeticOperator',
    original: 'n / 8',
    replacement: 'n * 8',
    line: 13,
    reason: BITMAP_SIZE,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ArithmeticOperator',
    original: 'values.length / 8',
    replacement: 'values.length * 8',
    line: 65,
    reason: BITMAP_SIZE,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ArithmeticOperator',
    original: 'length / 8',
    replacement: 'length * 8',
    line: 132,
    reason: BITMAP_SIZE,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ConditionalExpression',
    original: '!utf8Offsets(values, joined, offsets)',
    replacement: 'true',
    line: 24,
    reason: SLOW_PATH_SAME,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'EqualityOperator',
    original: 'i < values.length',
    replacement: 'i <= values.length',
    line: 41,
    reason: PAST_THE_END,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'EqualityOperator',
    original: 'i < values.length',
    replacement: 'i <= values.length',
    line: 114,
    reason: PAST_THE_END,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'EqualityOperator',
    original: 'i < length',
    replacement: 'i <= length',
    line: 133,
    reason: PAST_THE_END,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'MethodExpression',
    original: 'Math.max(64, values.length * 8)',
    replacement: 'Math.min(64, values.length * 8)',
    line: 66,
    reason: BUFFER_CAPACITY,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ArithmeticOperator',
    original: 'values.length * 8',
    replacement: 'values.length / 8',
    line: 66,
    reason: BUFFER_CAPACITY,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ConditionalExpression',
    original: 'need > bytes.length',
    replacement: 'true',
    line: 77,
    reason: BUFFER_CAPACITY,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'EqualityOperator',
    original: 'need > bytes.length',
    replacement: 'need >= bytes.length',
    line: 77,
    reason: BUFFER_CAPACITY,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ArithmeticOperator',
    original: 'bytes.length * 2',
    replacement: 'bytes.length / 2',
    line: 78,
    reason: BUFFER_CAPACITY,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ConditionalExpression',
    original: 'nullCount > 0',
    replacement: 'true',
    line: 101,
    reason: NO_NULLS_NO_BITMAP,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'EqualityOperator',
    original: 'nullCount > 0',
    replacement: 'nullCount >= 0',
    line: 101,
    reason: NO_NULLS_NO_BITMAP,
  },
  {
    file: 'src/storage/arrowColumns.ts',
    mutator: 'ConditionalExpression',
    original: 'empty.some(Boolean)',
    replacement: 'true',
    line: 131,
    reason: NO_NULLS_NO_BITMAP,
  },
  // 16f: tables.ts, the header names read for the optional columns
  {
    file: 'src/data/tables.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    line: 109,
    reason:
      'a table with no optional columns: a list holding a name no column has leaves every column in, as the empty list does',
  },
  {
    file: 'src/data/tables.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    line: 123,
    reason: OPTIONAL_NAMES_ONLY,
  },
  {
    file: 'src/data/tables.ts',
    mutator: 'Regex',
    original: '/\\r$/',
    replacement: '/\\r/',
    line: 124,
    reason: OPTIONAL_NAMES_ONLY,
  },
  {
    file: 'src/data/tables.ts',
    mutator: 'Regex',
    original: '/^"(.*)"$/',
    replacement: '/"(.*)"$/',
    line: 126,
    reason: OPTIONAL_NAMES_ONLY,
  },
  {
    file: 'src/data/tables.ts',
    mutator: 'Regex',
    original: '/^"(.*)"$/',
    replacement: '/^"(.*)"/',
    line: 126,
    reason: OPTIONAL_NAMES_ONLY,
  },
  // nameIndex.resolve: `let id = key === '' ? null : (this.exact.get(key) ?? null);`
  {
    file: 'src/import/nameIndex.ts',
    mutator: 'ConditionalExpression',
    original: "key === ''",
    replacement: 'false',
    reason: NO_EMPTY_KEY,
  },
  {
    file: 'src/import/nameIndex.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    line: 37,
    reason: NO_EMPTY_KEY,
  },
  // 16a: import part 1
  {
    file: 'src/import/normalizeName.ts',
    mutator: 'Regex',
    original: '/\\s+/gu',
    replacement: '/\\s/gu',
    line: 24,
    reason:
      'the whitespace is replaced by nothing: removing each space alone or each run at once leaves the same text',
  },
  {
    file: 'src/import/importWorkerProtocol.ts',
    mutator: 'ArrayDeclaration',
    original: 'new Array<string>(rest.length)',
    replacement: 'new Array()',
    reason:
      'the loop right after fills every index from 0 to length - 1 in order, so the array grows to the same ' +
      'quotes either way; the length given up front only saves the growing',
  },
  // import, validation rules (src/import/validation): RowFlags.mark grows its byte-per-row buffer
  {
    file: 'src/import/validation/state.ts',
    mutator: 'ConditionalExpression',
    original: 'row >= this.flags.length',
    replacement: 'true',
    reason:
      'growing on every mark copies the flags into a larger buffer: the same rows stay flagged and counted ' +
      'once, only slower',
  },
  {
    file: 'src/import/validation/state.ts',
    mutator: 'ArithmeticOperator',
    original: 'this.flags.length * 2',
    replacement: 'this.flags.length / 2',
    reason:
      'the new size is the larger of row + 1 and this, so the marked row always fits: only how often the ' +
      'buffer grows changes',
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'ConditionalExpression',
    original: 'chars.length < 2',
    replacement: 'false',
    line: 6,
    reason:
      'one character is its own pair: it can only match the same one-character text, which diceSimilarity has ' +
      'already answered 1 for (a === b); with no pair instead the result is 0 for every other text either way',
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'ConditionalExpression',
    original: 'x.length === 0 || y.length === 0',
    replacement: 'false',
    line: 16,
    reason: ONLY_EMPTY_HAS_NO_PAIRS,
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'LogicalOperator',
    original: 'x.length === 0 || y.length === 0',
    replacement: 'x.length === 0 && y.length === 0',
    line: 16,
    reason: ONLY_EMPTY_HAS_NO_PAIRS,
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'ConditionalExpression',
    original: 'x.length === 0',
    replacement: 'false',
    line: 16,
    reason: ONLY_EMPTY_HAS_NO_PAIRS,
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'ConditionalExpression',
    original: 'y.length === 0',
    replacement: 'false',
    line: 16,
    reason: ONLY_EMPTY_HAS_NO_PAIRS,
  },
  {
    file: 'src/import/similarity.ts',
    mutator: 'ConditionalExpression',
    original: 'a === b',
    replacement: 'false',
    line: 47,
    reason:
      'two equal non-empty names score 1 without the shortcut too: diceSimilarity returns 1 for equal texts, ' +
      'and the maximum of the three scores is at most 1',
  },
];
