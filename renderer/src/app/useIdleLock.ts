import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the app after `minutes` without a key press or a click (the server enforces it too). */
export function useIdleLock(minutes: number, lock: () => void): void {
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  }, [lock]);
  useEffect(() => {
    let timer = window.setTimeout(() => lockRef.current(), minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => lockRef.current(), minutes * 60_000);
    };
    ACTIVITY.forEach((event) => window.addEventListener(event, reset, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((event) => window.removeEventListener(event, reset));
    };
  }, [minutes]);
}
