package org.ccionetwork.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

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

        /** Tomcat makes the valve, not Spring, so it reads the precompiled templates itself. */
        private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

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
                    var output = new StringOutput();
                    TEMPLATES.render("error/page.jte", Map.of("page", page), output); // no site: the plain page
                    writer.write(output.toString());
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; nothing more to say
            }
        }
    }
}
