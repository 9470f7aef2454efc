package org.ccionetwork.organisations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the organisations module fails: what is not there is a 404, a claim at a retired organisation a 409. The
 * error page controller then shows the page in plain words, or RFC 9457 problem JSON under {@code /api/}.
 */
@ControllerAdvice
class OrganisationsFailures {

    @ExceptionHandler({OrganisationNotFound.class, AppointmentNotFound.class, LogoNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(OrganisationRetired.class)
    void retired(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
