package org.presswatch.office.accounts;

/**
 * A token just made, with its secret: the one time the secret exists outside its holder's hands.
 * {@link #toString} leaves the secret out, so that no log can hold it.
 *
 * @param secret what the holder sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[token=" + token + ", secret=(hidden)]";
    }
}
