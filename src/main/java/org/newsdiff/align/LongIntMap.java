package org.newsdiff.align;

/**
 * Numbers distinct 64-bit keys 0, 1, 2… in the order they are first added: an open-addressing
 * table, so that hundreds of thousands of sentence hashes need no boxed key each.
 */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  /** An empty map sized for about {@code expected} keys. */
  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
  }

  /** The number of {@code key}, numbering it next if it is new. */
  int add(long key) {
    int at = find(key);
    if (used[at]) {
      return values[at];
    }
    if (2 * (size + 1) > keys.length) {
      grow();
      at = find(key);
    }
    used[at] = true;
    keys[at] = key;
    values[at] = size;
    return size++;
  }

  /** The number of {@code key}, or -1 if it was never added. */
  int get(long key) {
    int at = find(key);
    return used[at] ? values[at] : -1;
  }

  /** The keys, each at its number. */
  long[] keys() {
    long[] out = new long[size];
    for (int at = 0; at < keys.length; at++) {
      if (used[at]) {
        out[values[at]] = keys[at];
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
    while (used[at] && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[keys.length];
    used = new boolean[keys.length];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldUsed[k]) {
        int at = find(oldKeys[k]);
        used[at] = true;
        keys[at] = oldKeys[k];
        values[at] = oldValues[k];
      }
    }
  }
}
