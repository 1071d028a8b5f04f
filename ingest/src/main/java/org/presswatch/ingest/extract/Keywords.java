package org.presswatch.ingest.extract;

/**
 * A set of keywords, each tagged with flag bits, found anywhere in a string by walking a trie
 * from every position: the cost grows with the string's length and the longest keyword, not with
 * the number of keywords, as it does for a regular expression with many alternatives. Keywords use the characters {@code a-z},
 * {@code 0-9} and {@code -}; any other character ends a match.
 */
final class Keywords {
    private static final int ALPHABET = 37;

    private static final class Node {
        final Node[] next = new Node[ALPHABET];
        int flags;
    }

    private final Node root = new Node();

    /** Adds keywords with the given flag bits; returns this for chaining. */
    Keywords add(int flags, String... keywords) {
        for (String keyword : keywords) {
            Node node = root;
            for (int i = 0; i < keyword.length(); i++) {
                int c = index(keyword.charAt(i));
                if (c < 0) {
                    throw new IllegalArgumentException("keyword '" + keyword + "' has a character outside a-z, 0-9 and -");
                }
                if (node.next[c] == null) {
                    node.next[c] = new Node();
                }
                node = node.next[c];
            }
            node.flags |= flags;
        }
        return this;
    }

    /** The union of the flags of every keyword occurring in {@code s}. */
    int flagsIn(CharSequence s) {
        int flags = 0;
        for (int start = 0; start < s.length(); start++) {
            Node node = root;
            for (int i = start; i < s.length(); i++) {
                int c = index(s.charAt(i));
                node = c < 0 ? null : node.next[c];
                if (node == null) {
                    break;
                }
                flags |= node.flags;
            }
        }
        return flags;
    }

    private static int index(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == '-' ? 36 : -1;
    }
}
