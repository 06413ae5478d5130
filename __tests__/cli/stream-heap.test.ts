import { runInNewContext } from 'node:vm';
import { fullCollection } from '../../cli/stream/heap.js';

describe('a stream keeps its heap near its live set (cli/stream/heap.ts)', () => {
  test('V8 full collection is reached without --expose-gc, and other code does not see a gc global', () => {
    const startedWithGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const collect = fullCollection();
    expect(typeof collect).toBe('function');
    collect!();
    if (!startedWithGc) {
      expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
      expect(runInNewContext('typeof gc')).toBe('undefined');
    }
  });
});
