package org.presswatch.office.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.presswatch.core.model.Provinces;
import org.presswatch.core.util.Validate;
import org.presswatch.office.access.Caller;
import org.presswatch.office.access.Role;

/**
 * An office account, as anyone may see it: never its password.
 *
 * @param name the sign-in name: lowercase letters, digits, '.', '_' or '-'
 * @param provinces the province codes assigned, in order; none for national roles
 */
public record Account(String name, Role role, List<String> provinces, boolean enabled, Instant createdAt,
                      Instant passwordChangedAt) {
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    public Account {
        Validate.matches(name, NAME_PATTERN, "account name");
        Validate.notNull(role, "role");
        provinces = Validate.copyOf(provinces, "provinces").stream().sorted().distinct().toList();
        provinces.forEach(Provinces::require);
        Validate.notNull(createdAt, "createdAt");
        Validate.notNull(passwordChangedAt, "passwordChangedAt");
    }

    /** The caller this account is when it signs in or uses a token. */
    public Caller as(Caller.Channel channel, String address) {
        return new Caller(name, role, Set.copyOf(provinces), channel, address);
    }
}
