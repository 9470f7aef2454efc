package org.ccionetwork.shared;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Every error ends here: a page in plain words for people, RFC 9457 problem JSON under {@code /api/}.
 * Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        ErrorPage page = describe(status, request);
        if (isApi(request)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return new ModelAndView(new ProblemView(status, page.message(), uri == null ? null : uri.toString()));
        }
        return new ModelAndView("error/page", Map.of("page", page), status);
    }

    /** Writes an RFC 9457 problem document; the texts are our own, so plain escaping is enough. */
    record ProblemView(HttpStatus status, String detail, String instance) implements View {

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            write(response);
        }

        /** Writes the document as the whole response. */
        void write(HttpServletResponse response) throws java.io.IOException {
            response.setStatus(status.value());
            response.setContentType(getContentType());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json());
        }

        String json() {
            return "{\"type\":\"about:blank\",\"title\":" + quote(status.getReasonPhrase())
                    + ",\"status\":" + status.value() + ",\"detail\":" + quote(detail)
                    + (instance == null ? "" : ",\"instance\":" + quote(instance)) + "}";
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND; // /error asked for directly: there is no such page
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static ErrorPage describe(HttpStatus status, HttpServletRequest request) {
        if (status == HttpStatus.BAD_REQUEST && !UnreadableCharacters.unreadable(request).isEmpty()) {
            return new ErrorPage(400, "Your form contained characters that cannot be stored",
                    "Something in it (such as a NUL byte, or bytes that are not UTF-8) is not text we can keep. "
                            + "Nothing has been saved. Go back, type the text again and send it.");
        }
        return switch (status) {
            case NOT_FOUND -> new ErrorPage(404, "Page not found",
                    "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.");
            case FORBIDDEN -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? new ErrorPage(403, "Your form has expired",
                            "For your security, forms time out. Go back, reload the page and try again.")
                    : new ErrorPage(403, "You do not have access to this page",
                            "Your account does not allow you to see this page. If you think it should, contact the network's administrators.");
            case UNAUTHORIZED -> new ErrorPage(401, "Sign in to continue", "You need to sign in to see this.");
            case METHOD_NOT_ALLOWED -> new ErrorPage(405, "That action is not possible here",
                    "The page does not accept this kind of request.");
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> new ErrorPage(413, "That is too large",
                    "What you sent is larger than we accept.");
            case TOO_MANY_REQUESTS -> new ErrorPage(429, "Too many requests", "Please wait a few minutes and try again.");
            case SERVICE_UNAVAILABLE -> new ErrorPage(503, "Sorry, the service is unavailable",
                    "We cannot reach our database at the moment. Please try again in a few minutes. "
                            + "Nothing you entered has been saved unless you saw a confirmation.");
            default -> status.is4xxClientError()
                    ? new ErrorPage(status.value(), "Something in the request was not right",
                            "We could not understand the request. Go back and try again.")
                    : new ErrorPage(status.value(), "Sorry, there is a problem with the service",
                            "Try again later. Nothing you entered has been saved unless you saw a confirmation.");
        };
    }
}
