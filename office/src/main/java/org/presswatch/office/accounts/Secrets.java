package org.presswatch.office.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.presswatch.core.util.Hashes;

/**
 * The random secrets of sessions and API tokens, and the one form in which they are stored: a
 * SHA-256 digest. Unlike passwords they carry 256 random bits, so a fast digest is safe, and a
 * stolen database holds nothing that signs anyone in.
 */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {}

    /** 32 random bytes, URL-safe: 43 characters. */
    static String random() {
        return random(32);
    }

    static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    /** What the database keeps of a secret. */
    static String digest(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
