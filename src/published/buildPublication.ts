import type { Connector } from '../engine/connector';
import { TABLE_NAMES } from '../data/tables';
import { sha256Hex } from '../platform/sha256';
import { buildFirstView } from '../snapshot/buildFirstView';
import { canonicalSnapshot } from '../storage/canonicalSnapshot';
import { dataVersionOf } from '../storage/dataVersion';
import {
  withVersion,
  type DatasetManifest,
  type PublishedRowCounts,
  type PublishedVersion,
} from './manifest';
import { encodeVersionFile } from './versionFile';

export interface PublicationRequest {
  title: string;
  comment: string;
  /** ISO time of publication (passed in: the caller's clock, tests' fixed time). */
  createdAt: string;
  /** The site's manifest today (null when nothing is published yet); the new version is added. */
  previous: DatasetManifest | null;
}

export interface Publication {
  version: PublishedVersion;
  manifest: DatasetManifest;
  /** Files for the site's `datasets/` folder, manifest last (copy it after the others). */
  files: { name: string; bytes: Uint8Array }[];
}

const encoder = new TextEncoder();

/**
 * The dataset the engine holds, as one new published version: its Parquet file (named by its hash),
 * its first-view snapshot, and the manifest with it made current. Browser (发布) and Node
 * (`npm run publish-data`) both call this, so both publish the same bytes for the same data.
 */
export async function buildPublication(
  connector: Connector,
  request: PublicationRequest,
): Promise<Publication> {
  const texts = await canonicalSnapshot(connector);
  const dataVersion = await dataVersionOf(texts);
  const bytes = encodeVersionFile(texts);
  const sha256 = sha256Hex(bytes);
  const id = sha256.slice(0, 16);
  // The first view, within the same row budget as a saved version's: the full build-time snapshot
  // (every indicator in every year) ran one ranking query per indicator-year, hours for a large
  // dataset, and made a file the size of the data for the page to fetch before its first chart.
  const snapshot = encoder.encode(JSON.stringify(await buildFirstView(connector, dataVersion)));
  const rowCounts = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, texts[t].split('\n').filter((l) => l !== '').length - 1]),
  ) as unknown as PublishedRowCounts;
  const version: PublishedVersion = {
    id,
    sha256,
    file: `${id}.parquet`,
    bytes: bytes.length,
    createdAt: request.createdAt,
    title: request.title,
    comment: request.comment,
    dataVersion,
    rowCounts,
    snapshot: `${id}.snapshot.json`,
  };
  const manifest = withVersion(request.previous, version);
  return {
    version,
    manifest,
    files: [
      { name: version.file, bytes },
      { name: version.snapshot!, bytes: snapshot },
      { name: 'manifest.json', bytes: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) },
    ],
  };
}
