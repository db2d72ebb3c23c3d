import dns from 'node:dns';
import { INTRANET_HOST } from './site';

/**
 * The Node side of `--host-resolver-rules`: the test process resolves the intranet host name to the
 * loopback server too, so Playwright's `route.fetch()` (which requests from Node, not from the
 * browser) reaches the same server as the page. Every other name resolves as usual.
 */
const LOOPBACK = { address: '127.0.0.1', family: 4 };

const originalPromises = dns.promises.lookup.bind(dns.promises);
dns.promises.lookup = ((hostname: string, options?: dns.LookupOptions | number) => {
  if (hostname !== INTRANET_HOST) return originalPromises(hostname, options as dns.LookupOptions);
  const opts = typeof options === 'number' ? { family: options } : (options ?? {});
  const addresses = opts.family === 6 ? [] : [LOOPBACK];
  return Promise.resolve(opts.all ? addresses : LOOPBACK);
}) as typeof dns.promises.lookup;

const originalLookup = dns.lookup;
dns.lookup = ((hostname: string, options: unknown, callback?: unknown) => {
  const cb = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
  if (hostname !== INTRANET_HOST)
    return (originalLookup as (...a: unknown[]) => void)(hostname, options, callback);
  const opts = (typeof options === 'object' && options !== null ? options : {}) as dns.LookupOptions;
  process.nextTick(() => (opts.all ? cb(null, [LOOPBACK]) : cb(null, LOOPBACK.address, LOOPBACK.family)));
}) as typeof dns.lookup;
