package org.ccionetwork.news;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.news.images.ImageNotFound;
import org.ccionetwork.news.pages.NetworkPageNotFound;
import org.ccionetwork.news.resources.ResourceNotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the news module fails: what is not there is a 404. The error page controller then shows the page in plain
 * words, or RFC 9457 problem JSON under {@code /api/}.
 */
@ControllerAdvice
class NewsFailures {

    @ExceptionHandler({ArticleNotFound.class, ImageNotFound.class, NetworkPageNotFound.class,
            ResourceNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
