package org.presswatch.core.config;

/**
 * Where a configuration value came from, for error messages that let a person find it.
 *
 * @param where a file path, or a description such as "environment variable PRESSWATCH_API_PORT"
 * @param line 1-based line in that file, or 0 when the value has no line
 */
public record Origin(String where, int line) {
    public static Origin of(String where) {
        return new Origin(where, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? where + ", line " + line : where;
    }
}
