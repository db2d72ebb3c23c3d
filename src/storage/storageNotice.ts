/** Why the page started on the bundled data (or keeps changes only for this session). */
export type StorageNotice =
  | { kind: 'storage_unavailable'; detail: string }
  | { kind: 'stored_version_unreadable'; detail: string; fileName: string; time: string };
