import { useEffect, useState } from 'react';
import { afterFirstPaint, firstPaintDone } from './engineGate';

/** True once the first paint is done (see engineGate): for what must not be fetched before it. */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(firstPaintDone);
  useEffect(() => {
    if (done) return;
    let live = true;
    void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}
