package org.presswatch.core.util;

/** Reading failures for people: what went wrong at the bottom of a chain of causes. */
public final class Errors {
    private Errors() {}

    /** The message of the innermost cause, or its class name when it has none. */
    public static String rootMessage(Throwable e) {
        Throwable root = Validate.notNull(e, "e");
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Whether the failure, or any of its causes, is of the given type. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
