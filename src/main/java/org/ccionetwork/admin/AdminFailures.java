package org.ccionetwork.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the administration pages fail: what is not there is a 404, a role that does not exist a 400. The error page
 * controller then shows the page in plain words, or RFC 9457 problem JSON under {@code /api/}.
 */
@ControllerAdvice
class AdminFailures {

    @ExceptionHandler(OutboxEmailNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(RoleNotKnown.class)
    void unknownRole(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
