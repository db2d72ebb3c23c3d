// Seam for the analysts' data screen (upload, versions, export); App lazy-loads it so its code stays
// out of the first load. Replaced by the upload capability.
export default function DataView() {
  return null;
}
