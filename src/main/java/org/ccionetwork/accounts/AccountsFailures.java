package org.ccionetwork.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the accounts module fails: a member who is not there is a 404. The error page controller then shows the page
 * in plain words, or RFC 9457 problem JSON under {@code /api/}.
 */
@ControllerAdvice
class AccountsFailures {

    @ExceptionHandler(MemberNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
