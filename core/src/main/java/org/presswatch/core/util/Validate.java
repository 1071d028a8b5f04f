package org.presswatch.core.util;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Argument checks for public constructors and methods. A failed check is the caller's mistake,
 * so it throws {@link IllegalArgumentException} with a message naming the argument and the
 * offending value; nothing here is meant for validating input from outside the process (feeds,
 * pages, requests), which deserves a domain-specific error instead.
 */
public final class Validate {
    private Validate() {}

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static void isTrue(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(args.length == 0 ? message : String.format(message, args));
        }
    }

    public static double inRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    public static String matches(String value, String regex, String name) {
        notNull(value, name);
        if (!value.matches(regex)) {
            throw new IllegalArgumentException(name + " must match " + regex + ", was '" + value + "'");
        }
        return value;
    }

    /** An unmodifiable copy; a null list becomes empty, a null element is an error. */
    public static <T> List<T> copyOf(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        requireNoNulls(values, name);
        return List.copyOf(values);
    }

    /** An unmodifiable copy; a null set becomes empty, a null element is an error. */
    public static <T> Set<T> copyOf(Set<T> values, String name) {
        if (values == null) {
            return Set.of();
        }
        requireNoNulls(values, name);
        return Set.copyOf(values);
    }

    /** An unmodifiable copy; a null map becomes empty, a null key or value is an error. */
    public static <K, V> Map<K, V> copyOf(Map<K, V> values, String name) {
        if (values == null) {
            return Map.of();
        }
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException(name + " must not contain null keys or values");
            }
        });
        return Map.copyOf(values);
    }

    private static void requireNoNulls(Collection<?> values, String name) {
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null elements");
        }
    }
}
