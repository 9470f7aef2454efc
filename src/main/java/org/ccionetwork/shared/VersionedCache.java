package org.ccionetwork.shared;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A value computed from the database, kept with the version it was computed at and reused while the database
 * still reports that version, so every instance answers from the database's current state. Checking the
 * version runs in no transaction of its own (a BEGIN and a COMMIT would be two more round trips); when it has
 * changed, the version and the value are read again in one read-only transaction, for a consistent view. A
 * value computed inside a transaction that writes (joined, not begun here) may see uncommitted rows and is
 * not kept for others.
 *
 * @param <T> the value, immutable
 */
public final class VersionedCache<T> {

    private record Kept<T>(String version, T value) {
    }

    private final Supplier<String> version;
    private final Supplier<T> compute;
    private final TransactionTemplate readOnly;
    private volatile Kept<T> kept;

    /**
     * @param version a cheap fingerprint of everything the value depends on, which changes whenever the value would
     * @param compute the value, from the database
     */
    public VersionedCache(PlatformTransactionManager transactions, Supplier<String> version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public T get() {
        Kept<T> known = kept;
        if (known != null && known.version().equals(version.get())) {
            return known.value();
        }
        return readOnly.execute(status -> computedAndKept());
    }

    private T computedAndKept() {
        String current = version.get();
        Kept<T> known = kept;
        if (known != null && known.version().equals(current)) {
            return known.value();
        }
        T value = compute.get();
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            kept = new Kept<>(current, value);
        }
        return value;
    }
}
