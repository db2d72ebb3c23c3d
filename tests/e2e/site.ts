/**
 * Where the end-to-end tests open the app: an intranet host name (not localhost, so not a secure
 * context) mapped by Chromium to the loopback server, and a sub-path, as on a real deployment.
 */
export const INTRANET_HOST = 'intranet.test';
export const SITE_PREFIX = '/zx/luzhi/';
