/**
 * Seconds from what people and operators write: `185` (seconds, from a file) or minutes typed at the
 * desk (`3`, `2,5`), `m:ss`, `h:mm:ss`. Undefined when unreadable or negative.
 */
export function parseDuration(text: string, bareNumber: 'seconds' | 'minutes'): number | undefined {
  const value = text.trim();
  const clock = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(value);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    const minutesFit = clock[1] === undefined || minutes < 60;
    return seconds < 60 && minutesFit ? hours * 3600 + minutes * 60 + seconds : undefined;
  }
  // Seconds in a file are whole: « 1,5 » there is more likely minutes, and is refused rather than guessed.
  const pattern = bareNumber === 'seconds' ? /^\d+$/ : /^\d+(?:[.,]\d+)?$/;
  if (!pattern.test(value)) return undefined;
  const amount = Number(value.replace(',', '.'));
  return Math.round(bareNumber === 'minutes' ? amount * 60 : amount);
}

/** `2:05` for 125 seconds. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
