package org.ccionetwork.shared;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Every connection of the pool stayed lent out for as long as a request will wait, while the database itself
 * was answering: the site is overloaded, not cut off. {@link DatabaseOutage} answers it with a 503 saying so,
 * and it is not reported as an outage.
 */
class DatabaseBusy extends SQLTransientConnectionException {

    DatabaseBusy(Duration waited, SQLTransientConnectionException last) {
        super("Every database connection stayed in use for " + waited.toMillis() + " ms (" + last.getMessage() + ")",
                last.getSQLState(), last);
    }
}
