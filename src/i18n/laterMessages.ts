// The data screen's dictionaries, kept out of the first load. Importing this module registers them:
// every module that names one of their keys imports it (messages.test.ts checks), so the browser
// fetches them with the data screen, the engine and the import worker, and Node and tests get them
// wherever those modules are used.
import { registerMessages } from './messages';
import { reportEn, reportZh } from './messages/report';
import { storeEn, storeZh } from './messages/store';
import { uploadEn, uploadZh } from './messages/upload';
import { uploadRulesEn, uploadRulesZh } from './messages/uploadRules';

/** The later dictionaries by capability, for the checks in messages.test.ts. */
export const LATER_DICTIONARIES = {
  upload: [uploadZh, uploadEn],
  uploadRules: [uploadRulesZh, uploadRulesEn],
  store: [storeZh, storeEn],
  report: [reportZh, reportEn],
} as const;

registerMessages(...Object.values(LATER_DICTIONARIES));
