/**
 * How an upload lands. `merge`: rows with a new key are added, rows with an existing key replace it,
 * everything else stays. `replace_slices`: every jurisdiction-year present in the upload is emptied
 * first, so figures the upload leaves out of those slices are removed. `replace_all`: the upload
 * becomes the whole observation table (catalogs are kept).
 */
export const COMMIT_MODES = ['merge', 'replace_slices', 'replace_all'] as const;
export type CommitMode = (typeof COMMIT_MODES)[number];
