package org.ccionetwork.campaign;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the campaign module fails: what is not there is a 404. The error page controller then shows the page in plain
 * words, or RFC 9457 problem JSON under {@code /api/}.
 */
@ControllerAdvice
class CampaignFailures {

    @ExceptionHandler(BackerNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
