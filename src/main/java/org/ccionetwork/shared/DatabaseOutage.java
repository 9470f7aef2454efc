package org.ccionetwork.shared;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL cannot be reached, every request gets a 503 with {@code Retry-After} and the site's own
 * "service unavailable" page (problem JSON under {@code /api/}) as soon as the connection pool gives up, a few
 * seconds, instead of a stack trace or a page cut off half way. It sits in front of the session filter, so a
 * signed-in member whose session cannot be read is answered the same way, and it draws the page with no
 * database: a visitor's layout, no session, no account bar. {@link DatabaseReachability} says so in the log,
 * once when the outage starts and once when it ends; the pool reconnects by itself. A pool that is only busy
 * ({@link DatabaseBusy}, after {@link BusyPoolPatience} has waited) gets a 503 of its own, "very busy", with a
 * shorter {@code Retry-After}, and is not taken for an outage.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    static final String RETRY_AFTER_BUSY_SECONDS = "10";
    static final ErrorPage BUSY = new ErrorPage(503, "Sorry, the site is very busy",
            "Many people are using the site at this moment and your request could not be answered in time. "
                    + "Please try again in a minute. Nothing you entered has been saved unless you saw a confirmation.");
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final long BUSY_WARNING_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final TemplateEngine templates;
    private final DatabaseReachability reachability;
    private final AtomicLong busyWarned = new AtomicLong(System.nanoTime() - BUSY_WARNING_EVERY_NANOS);

    DatabaseOutage(TemplateEngine templates, DatabaseReachability reachability) {
        this.templates = templates;
        this.reachability = reachability;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page reads the session too
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            DatabaseBusy busy = busy(e);
            if (busy != null) {
                warnOfBusy(busy);
                if (!response.isCommitted()) {
                    answer(request, response, BUSY, RETRY_AFTER_BUSY_SECONDS);
                }
                return;
            }
            Throwable cause = unavailability(e);
            if (cause == null) {
                throw e;
            }
            reachability.lost(cause);
            if (!response.isCommitted()) {
                answerOutage(request, response);
            }
            // else the answer has gone (a redirect, say) and the session could not be saved after it: nothing to add
        } catch (IOException e) {
            // A request cut short as the database went: its response was closed under it. Nothing more to say.
            if (!reachability.isDown()) {
                throw e;
            }
            if (!response.isCommitted()) {
                answerOutage(request, response);
            }
        }
    }

    /** The failure that says every connection stayed busy, or {@code null} for any other failure. */
    static DatabaseBusy busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseBusy busy) {
                return busy;
            }
        }
        return null;
    }

    /** One warning a minute at most while requests wait too long for a connection: the pool is too small for the load. */
    private void warnOfBusy(DatabaseBusy busy) {
        long last = busyWarned.get();
        long now = System.nanoTime();
        if (now - last >= BUSY_WARNING_EVERY_NANOS && busyWarned.compareAndSet(last, now)) {
            log.warn("Requests are being answered 503 because every database connection stayed in use: {}", busy.getMessage());
        }
    }

    /** The failure that says the database is out of reach, or {@code null} for any other failure (a busy pool included). */
    static Throwable unavailability(Throwable e) {
        if (busy(e) != null) {
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.transaction.TransactionSystemException failed
                    && failed.getApplicationException() != null && unavailability(failed.getApplicationException()) != null) {
                return unavailability(failed.getApplicationException());
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    // the pool's stand-in for a connection it has closed (no SQL state of its own)
                    || (t instanceof java.sql.SQLException closed && "Connection is closed".equals(closed.getMessage()))
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")))) {
                return t;
            }
        }
        return null;
    }

    private void answerOutage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, ErrorPageController.describe(HttpStatus.SERVICE_UNAVAILABLE, request), RETRY_AFTER_SECONDS);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ErrorPage page, String retryAfter)
            throws IOException {
        // Keeps the security headers already written; drops whatever the page had begun to put in the buffer.
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", retryAfter);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", null);
        String uri = request.getRequestURI();
        String body;
        if (uri.startsWith("/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = new ErrorPageController.ProblemView(HttpStatus.SERVICE_UNAVAILABLE, page.message(), uri).json();
        } else {
            response.setContentType("text/html;charset=UTF-8");
            var output = new StringOutput();
            templates.render("error/page.jte", Map.of("page", page, "site", new Site(null, null, null, uri, null)), output);
            body = output.toString();
        }
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(body);
        }
    }
}
