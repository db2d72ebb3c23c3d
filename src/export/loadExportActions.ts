// The export code is fetched on first use (or when a panel opens), never with the first page load.
let loading: Promise<typeof import('./exportActions')> | null = null;

export function loadExportActions() {
  loading ??= import('./exportActions');
  return loading;
}
