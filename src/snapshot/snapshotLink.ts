/** Marks the `<link rel=preload>` that index.html carries for the build-time query results. */
export const QUERY_SNAPSHOT_LINK_ATTRIBUTE = 'data-query-snapshot';
