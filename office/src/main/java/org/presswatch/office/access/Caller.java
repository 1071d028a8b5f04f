package org.presswatch.office.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.presswatch.core.util.Validate;

/**
 * Who is asking, and through what: every office operation takes the caller and decides from it
 * alone what they may see and change. Office data belongs to provinces; national staff see
 * every province, officers and readers those assigned to them.
 *
 * @param account the account's name, or {@link #MACHINE_ACCOUNT} for the command line of the
 *     machine that holds the office data
 * @param provinces the provinces assigned (codes); ignored for national roles
 * @param address where the request came from (the client's IP address), for the audit log; ""
 *     for the command line
 */
public record Caller(String account, Role role, Set<String> provinces, Channel channel, String address) {
    /** The actor the audit log names for commands run on the machine itself. */
    public static final String MACHINE_ACCOUNT = "@machine";

    /** How the caller proved who they are. */
    public enum Channel {
        /** A signed-in browser: state-changing requests also carry the session's CSRF token. */
        SESSION,
        /** An API token that may only read. */
        READ_TOKEN,
        /** An API token that may read and write. */
        WRITE_TOKEN,
        /** A command run on the machine that holds the office database, with its owner's rights. */
        MACHINE
    }

    public Caller {
        Validate.notBlank(account, "account");
        Validate.notNull(role, "role");
        provinces = Set.copyOf(new TreeSet<>(Validate.copyOf(provinces, "provinces")));
        Validate.notNull(channel, "channel");
        address = address == null ? "" : address;
    }

    /** The command line of the machine holding the office data: whoever can run it there owns the data anyway. */
    public static Caller machine() {
        return machine("");
    }

    /** The machine's command line reaching a running server's API from this address. */
    public static Caller machine(String address) {
        return new Caller(MACHINE_ACCOUNT, Role.ADMIN, Set.of(), Channel.MACHINE, address);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** May change office data at all: a writing role, not through a read-only token. */
    public boolean mayWrite() {
        return role.writes() && channel != Channel.READ_TOKEN;
    }

    /** Sees the office data of this province. */
    public boolean sees(String province) {
        return role.national() || provinces.contains(province);
    }

    /**
     * Sees office data that belongs to these provinces: national staff always; others when one
     * of them is theirs. Data of no province is national and seen by national staff alone.
     */
    public boolean seesAnyOf(Collection<String> owners) {
        return role.national() || owners.stream().anyMatch(provinces::contains);
    }

    /**
     * @throws Refusal (forbidden) unless the caller is an admin
     */
    public void requireAdmin(String toDo) {
        if (!isAdmin()) {
            throw Refusal.forbidden("only an admin may " + toDo + "; " + account + " is " + role.id());
        }
    }

    /**
     * @throws Refusal (forbidden) unless the caller may write
     */
    public void requireWrite(String toDo) {
        if (channel == Channel.READ_TOKEN) {
            throw Refusal.forbidden("this API token may only read; " + toDo + " needs a token with the write scope");
        }
        if (!role.writes()) {
            throw Refusal.forbidden("a " + role.id() + " may not " + toDo);
        }
    }
}
