package org.ccionetwork.directory;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.directory.mentoring.MentoringNotAllowed;
import org.ccionetwork.directory.mentoring.MentoringNotFound;
import org.ccionetwork.directory.vacancies.VacancyNotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the directory module fails: each fact becomes its status, and the shared error page (or problem JSON under
 * {@code /api/}) says it in plain words.
 */
@ControllerAdvice
class DirectoryFailures {

    @ExceptionHandler({ProfileNotFound.class, VacancyNotFound.class, MentoringNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(MentoringNotAllowed.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
