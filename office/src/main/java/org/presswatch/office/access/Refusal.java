package org.presswatch.office.access;

/**
 * The office refuses a request for a reason the caller can act on: they may not, the thing is
 * not there, or it clashes with what is. The message says which and why, for the caller to read;
 * it never holds a secret.
 */
public final class Refusal extends RuntimeException {
    /** Why: each has its HTTP status (403, 404, 409) and its exit code on the command line. */
    public enum Reason { FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Reason reason;

    private Refusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Reason.FORBIDDEN, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Reason.NOT_FOUND, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
