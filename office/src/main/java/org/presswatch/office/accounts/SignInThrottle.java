package org.presswatch.office.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing without locking anyone else out. Failed sign-ins are counted over a
 * window, in three ways: per account from one address (a few: someone mistyping), per address
 * (more: one machine trying many accounts), and per account from every address (many: a spread
 * guessing attack). An address that has signed in to an account before is exempt from that
 * account's overall count, so an attack on an account does not keep its owner out; and the
 * count of one account or address never touches another's. Kept in memory: a restart forgets
 * it, and each server of several counts its own. Thread-safe.
 */
public final class SignInThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;
    static final int PER_ACCOUNT = 100;
    static final Duration TRUST_KEPT = Duration.ofDays(30);
    /** Bounds the memory an attacker inventing names and addresses can make it use. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>();
    private final Map<String, Instant> trusted = new LinkedHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait, or empty when it may go ahead. */
    public synchronized Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(
                later(blockedUntil("pair " + account + " " + address, PER_ACCOUNT_AND_ADDRESS, now),
                        blockedUntil("address " + address, PER_ADDRESS, now)),
                isTrusted(account, address, now) ? null : blockedUntil("account " + account, PER_ACCOUNT, now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        count("pair " + account + " " + address, now);
        count("address " + address, now);
        count("account " + account, now);
    }

    /** A correct password: this address's mistakes on this account are forgiven, and it is trusted for the account. */
    public synchronized void succeeded(String account, String address) {
        failures.remove("pair " + account + " " + address);
        trusted.remove(account + " " + address);
        trusted.put(account + " " + address, clock.instant());
        if (trusted.size() > MAX_KEYS) {
            Iterator<String> oldest = trusted.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private boolean isTrusted(String account, String address, Instant now) {
        Instant at = trusted.get(account + " " + address);
        return at != null && at.plus(TRUST_KEPT).isAfter(now);
    }

    private Instant blockedUntil(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        forget(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return times.size() >= limit ? times.peekFirst().plus(WINDOW) : null;
    }

    private void count(String key, Instant now) {
        Deque<Instant> times = failures.remove(key);
        if (times == null) {
            times = new ArrayDeque<>();
        }
        forget(times, now);
        times.addLast(now);
        // re-inserted, so the map's order is the order of last failure and the oldest go first
        failures.put(key, times);
        if (failures.size() > MAX_KEYS) {
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private static void forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
