package org.ccionetwork.forum;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.forum.moderation.FirstPostStillHeld;
import org.ccionetwork.forum.moderation.HeldPostNotFound;
import org.ccionetwork.forum.moderation.PostingTooFast;
import org.ccionetwork.forum.moderation.ReportNotFound;
import org.ccionetwork.forum.notifications.UnknownEmailMode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The forum's failures, one status each: the error page for people (through {@code shared.ErrorPageController}),
 * and under /api/ RFC 9457 problem JSON that names what was not found, as the forum's API always has. Posting too
 * fast is shown beside the form by the controllers that take posts; here only when it escapes them.
 */
@ControllerAdvice
class ForumFailures {

    @ExceptionHandler({ThreadNotFound.class, PostNotFound.class, CategoryNotFound.class, HeldPostNotFound.class,
            ReportNotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException failure, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return fail(HttpStatus.NOT_FOUND, failure, request, response);
    }

    @ExceptionHandler({NotAllowedToEdit.class, NotAllowedToSeeHistory.class, NotAllowedToAccept.class,
            NotAnAnswer.class, FirstPostStillHeld.class})
    ResponseEntity<ProblemDetail> notAllowed(RuntimeException failure, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return fail(HttpStatus.FORBIDDEN, failure, request, response);
    }

    @ExceptionHandler(ThreadLocked.class)
    ResponseEntity<ProblemDetail> locked(ThreadLocked failure, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return fail(HttpStatus.CONFLICT, failure, request, response);
    }

    @ExceptionHandler(PostingTooFast.class)
    ResponseEntity<ProblemDetail> tooFast(PostingTooFast failure, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return fail(HttpStatus.TOO_MANY_REQUESTS, failure, request, response);
    }

    /** A form that was not ours: the plain 400 page, saying no more. */
    @ExceptionHandler(UnknownEmailMode.class)
    void unknownEmailMode(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private static ResponseEntity<ProblemDetail> fail(HttpStatus status, RuntimeException failure,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, failure.getMessage()));
        }
        response.sendError(status.value(), failure.getMessage());
        return null;
    }
}
