package org.ccionetwork.topics;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** How the topics module fails: an unknown topic is a 404, shown by the error page (problem JSON under /api/). */
@ControllerAdvice
class TopicsFailures {

    @ExceptionHandler(TopicNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
