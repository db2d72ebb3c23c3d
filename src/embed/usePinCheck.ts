import { useEffect, useState } from 'react';
import { useEngine } from '../engine/engineContext';
import { pinStatus, rowsHash, type EmbedPin, type PinnedContent, type PinStatus } from './pin';

export type PinCheck<R> = {
  content: Omit<PinnedContent, 'rows'> & { rows: readonly R[] };
  status: PinStatus;
};

/**
 * Hashes the rows this browser's data give for the embedded view and compares them with the pin.
 * `content` is null until the engine computed live rows (placeholder rows are never compared); it must
 * be memoized. Until the hash is known the result is null: nothing is drawn before it matches.
 */
export function usePinCheck<R>(
  content: (Omit<PinnedContent, 'rows'> & { rows: readonly R[] }) | null,
  pin: EmbedPin,
): PinCheck<R> | null {
  const engine = useEngine();
  const dataVersion = engine.status === 'ready' ? engine.dataVersion : '';
  const [check, setCheck] = useState<PinCheck<R> | null>(null);
  useEffect(() => {
    if (!content) return;
    let current = true;
    void rowsHash(content).then((hash) => {
      if (current) setCheck({ content, status: pinStatus(pin, { rowsHash: hash, dataVersion }) });
    });
    return () => {
      current = false;
    };
  }, [content, pin, dataVersion]);
  return check && check.content === content ? check : null;
}
