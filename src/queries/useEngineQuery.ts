import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Connector } from '../engine/connector';
import { useEngine } from '../engine/engineContext';

export type QueryKeyPart = string | number | boolean | null;

/**
 * The one way views run SQL: keyed by the query's name, the current data version and its parameters,
 * so a committed upload refreshes every view and equal parameters share one result.
 */
export function engineQueryKey(name: string, dataVersion: string, params: readonly QueryKeyPart[]) {
  return [name, dataVersion, ...params] as const;
}

export function useEngineQuery<T>(
  name: string,
  params: readonly QueryKeyPart[],
  fetch: (connector: Connector) => Promise<T>,
): UseQueryResult<T> {
  const engine = useEngine();
  const connector = engine.status === 'ready' ? engine.connector : null;
  const dataVersion = engine.status === 'ready' ? engine.dataVersion : '';
  return useQuery({
    queryKey: engineQueryKey(name, dataVersion, params),
    queryFn: () => fetch(connector!),
    enabled: connector !== null,
  });
}
