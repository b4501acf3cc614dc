package org.newsdiff.align;

/**
 * Numbers distinct 64-bit keys 0, 1, 2… in the order they are first added: an open-addressing
 * table, so that hundreds of thousands of sentence hashes need no boxed key each.
 */
final class LongIntMap {
  private long[] keys;

  /** Each key's number plus one; 0 marks a free slot (any long may be a key). */
  private int[] values;

  private int size;

  /** An empty map sized for about {@code expected} keys. */
  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    values = new int[capacity];
  }

  /** The number of {@code key}, numbering it next if it is new. */
  int add(long key) {
    int at = find(key);
    if (values[at] != 0) {
      return values[at] - 1;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
      at = find(key);
    }
    keys[at] = key;
    values[at] = ++size;
    return size - 1;
  }

  /** The number of {@code key}, or -1 if it was never added. */
  int get(long key) {
    return values[find(key)] - 1;
  }

  /** The keys, each at its number. */
  long[] keys() {
    long[] out = new long[size];
    for (int at = 0; at < keys.length; at++) {
      if (values[at] != 0) {
        out[values[at] - 1] = keys[at];
      }
    }
    return out;
  }

  /** How many distinct keys were added. */
  int size() {
    return size;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int at = (int) Hash64.mix(key) & mask;
    while (values[at] != 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[keys.length];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldValues[k] != 0) {
        int at = find(oldKeys[k]);
        keys[at] = oldKeys[k];
        values[at] = oldValues[k];
      }
    }
  }
}
