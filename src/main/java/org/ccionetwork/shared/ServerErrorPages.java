package org.ccionetwork.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers by itself, before the application sees a request (a request line of 100 KB, a header too
 * large, a malformed request): the site's plain error page with the same security headers as every page, in
 * place of Tomcat's own report.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(SiteErrorReport.class.getName());
            }
        });
    }

    /** Made by Tomcat from its class name, so public with no arguments. */
    public static class SiteErrorReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            ErrorPage page = status == null ? new ErrorPage(code, "Something went wrong", "Please try again.")
                    : ErrorPageController.describe(status, request.getRequest());
            try {
                response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("text/html;charset=UTF-8");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    String title = HtmlUtils.htmlEscape(page.title());
                    writer.write("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                            + " – CCIO Network</title><link rel=\"stylesheet\" href=\"" + Assets.BOOTSTRAP_CSS + "\">"
                            + "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"></head><body>"
                            + "<header class=\"site-header\"><div class=\"container py-2\"><a class=\"site-name\" href=\"/\">"
                            + "CCIO Network</a></div></header><main id=\"main\" class=\"container py-4\"><h1>" + title
                            + "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(page.message())
                            + "</p><p><a href=\"/\">Go to the home page</a></p></main></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; nothing more to say
            }
        }
    }
}
