// Debounced, ordered draft saving (src/features/respondent/draftSaver.ts), with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver, type SaveState } from '../../src/features/respondent/draftSaver';

function harness(delayMs = 400) {
  const writes: string[] = [];
  const states: SaveState[] = [];
  const errors: unknown[] = [];
  const saver = createDraftSaver<string>(async (value) => { writes.push(value); }, (state, error) => {
    states.push(state);
    if (error !== undefined) errors.push(error);
  }, delayMs);
  return { saver, writes, states, errors };
}

/** A write that waits until released, recording when each write starts and ends. */
function deferredWrites() {
  const log: string[] = [];
  const releases: (() => void)[] = [];
  let stored: string | undefined;
  const write = (value: string) => new Promise<void>((resolve) => {
    log.push(`start ${value}`);
    releases.push(() => { stored = value; log.push(`end ${value}`); resolve(); });
  });
  return { write, log, releases, stored: () => stored };
}

describe('createDraftSaver', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('writes only after the delay, and only the last value', async () => {
    const { saver, writes, states } = harness();
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('ab');
    saver.schedule('abc');
    await vi.advanceTimersByTimeAsync(399);
    expect(writes).toEqual([]);
    expect(states).toEqual(['saving', 'saving', 'saving']);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['abc']);
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(writes).toEqual(['abc']);
  });

  it.each([100, 400, 1000])('honours a delay of %i ms', async (delay) => {
    const { saver, writes } = harness(delay);
    saver.schedule('x');
    await vi.advanceTimersByTimeAsync(delay - 1);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['x']);
  });

  it('flush() writes the pending value immediately, once', async () => {
    const { saver, writes, states } = harness();
    saver.schedule('typed');
    await saver.flush();
    expect(writes).toEqual(['typed']);
    expect(states).toEqual(['saving', 'saved']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toEqual(['typed']);
  });

  it('flush() with nothing pending writes nothing', async () => {
    const { saver, writes, states } = harness();
    await saver.flush();
    expect([writes, states]).toEqual([[], []]);
  });

  it('orders writes: a slow first write never lands after a second', async () => {
    const slow = deferredWrites();
    const states: SaveState[] = [];
    const saver = createDraftSaver<string>(slow.write, (state) => { states.push(state); });
    saver.schedule('first');
    const first = saver.flush();
    saver.schedule('second');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.log).toEqual(['start first']);
    slow.releases[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.log).toEqual(['start first', 'end first', 'start second']);
    slow.releases[1]?.();
    await Promise.all([first, second]);
    expect(slow.stored()).toBe('second');
    expect(slow.log).toEqual(['start first', 'end first', 'start second', 'end second']);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not report saved while a newer value is still pending', async () => {
    const slow = deferredWrites();
    const states: SaveState[] = [];
    const saver = createDraftSaver<string>(slow.write, (state) => { states.push(state); });
    saver.schedule('first');
    void saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule('second');
    slow.releases[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['saving', 'saving']);
  });

  it("reports 'failed' with the error when a write fails, and keeps working", async () => {
    const failure = new DOMException('disk full', 'QuotaExceededError');
    const writes: string[] = [];
    const states: [SaveState, unknown][] = [];
    const saver = createDraftSaver<string>(async (value) => {
      if (value === 'bad') throw failure;
      writes.push(value);
    }, (state, error) => { states.push([state, error]); });
    saver.schedule('bad');
    await saver.flush();
    expect(states).toEqual([['saving', undefined], ['failed', failure]]);
    saver.schedule('good');
    await vi.advanceTimersByTimeAsync(400);
    expect(writes).toEqual(['good']);
    expect(states.at(-1)).toEqual(['saved', undefined]);
  });

  it('dispose() cancels a scheduled write', async () => {
    const { saver, writes } = harness();
    saver.schedule('x');
    saver.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toEqual([]);
  });
});
