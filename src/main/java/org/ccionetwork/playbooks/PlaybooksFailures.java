package org.ccionetwork.playbooks;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The playbooks' failures, one status each, as the site's error page (through {@code shared.ErrorPageController}). */
@ControllerAdvice
class PlaybooksFailures {

    @ExceptionHandler(PlaybookNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(NotAllowedToEditPlaybook.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
