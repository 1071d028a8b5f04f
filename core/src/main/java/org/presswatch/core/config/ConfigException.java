package org.presswatch.core.config;

/**
 * A configuration or registry file (or an environment variable overriding it) is wrong. The
 * message names the key, the file and the line, and is meant to be shown to the user as is.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
