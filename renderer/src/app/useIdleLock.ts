import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** How often, at most, activity in the page is reported to the server (which allows 2 minutes' grace). */
const KEEP_ALIVE_EVERY_MS = 30_000;

/**
 * Locks the app after `minutes` without a key press or a click. The server locks idle sessions too,
 * counting only calls: someone typing a long form makes none, so activity is reported now and then.
 */
export function useIdleLock(minutes: number, lock: () => void, keepAlive: () => void): void {
  const actions = useRef({ lock, keepAlive });
  useEffect(() => {
    actions.current = { lock, keepAlive };
  }, [lock, keepAlive]);
  useEffect(() => {
    let lastReport = Date.now();
    let timer = window.setTimeout(() => actions.current.lock(), minutes * 60_000);
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => actions.current.lock(), minutes * 60_000);
      if (Date.now() - lastReport >= KEEP_ALIVE_EVERY_MS) {
        lastReport = Date.now();
        actions.current.keepAlive();
      }
    };
    ACTIVITY.forEach((event) => window.addEventListener(event, onActivity, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((event) => window.removeEventListener(event, onActivity));
    };
  }, [minutes]);
}
