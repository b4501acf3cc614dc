package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfilesTest {
  static Stream<Arguments> sizes() {
    return Stream.of(0, 1, 4095, 4096, 10_000, 300_000)
        .flatMap(
            n ->
                Stream.of(
                    Arguments.of(n, "spread"),
                    Arguments.of(n, "clustered"),
                    Arguments.of(n, "repeated")));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void hashesSortAsArraysSortDoes(int n, String shape) {
    Random r = new Random(n * 31L + shape.hashCode());
    long[] a = new long[n];
    for (int k = 0; k < n; k++) {
      a[k] =
          switch (shape) {
            case "spread" -> Hash64.mix(r.nextLong());
            case "clustered" -> r.nextInt(1000) - 500L; // all in one or two buckets
            default -> Hash64.mix(r.nextInt(50));
          };
    }
    long[] expected = a.clone();
    Arrays.sort(expected);
    Profiles.sortHashes(a);
    assertThat(a).isEqualTo(expected); // containsExactly is quadratic on 300,000 elements
  }
}
