package org.newsdiff.model;

import java.util.Locale;

/**
 * The lower-case names of each {@link JsonNamed} enum, worked out once per enum type: a long result
 * writes them hundreds of thousands of times.
 */
final class JsonNames {
  private static final ClassValue<String[]> NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return names;
        }
      };

  private JsonNames() {}

  /** The name of {@code value} in lower case. */
  static String of(JsonNamed value) {
    if (value instanceof Enum<?> e) {
      return NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }
    return value.name().toLowerCase(Locale.ROOT);
  }
}
