package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table numbers keys as a map filled in the same order would, 0 and negative keys included. */
class LongIntMapTest {
  static LongStream seeds() {
    return LongStream.range(1, 11);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void numbersKeysInTheOrderFirstAdded(long seed) {
    Random r = new Random(seed);
    int range = 1 + r.nextInt(seed % 2 == 0 ? 50 : 100_000);
    LongIntMap map = new LongIntMap(r.nextInt(100)); // mostly too small: it must grow
    Map<Long, Integer> expected = new HashMap<>();
    for (int k = 0; k < 20_000; k++) {
      long key = r.nextInt(range) - range / 2; // 0 and negatives among them
      key = r.nextBoolean() ? key : key * Long.MIN_VALUE; // 0 or the sign bit alone, too
      Integer number = expected.putIfAbsent(key, expected.size());
      assertThat(map.add(key)).isEqualTo(number == null ? expected.size() - 1 : number);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    long[] keys = map.keys();
    expected.forEach(
        (key, number) -> {
          assertThat(map.get(key)).isEqualTo(number);
          assertThat(keys[number]).isEqualTo(key);
        });
    assertThat(map.get(range + 1L)).isEqualTo(-1);
  }
}
