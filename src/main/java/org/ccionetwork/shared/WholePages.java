package org.ccionetwork.shared;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are drawn whole before a byte leaves: a template that fails half way (the database gone while the
 * account bar is read, say) leaves nothing sent, so the error page or {@link DatabaseOutage} can answer
 * instead of a page cut off inside its header. The starter's view writes to the response as it renders.
 */
@Configuration(proxyBeanMethods = false)
class WholePages {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholePageView(templates);
            }
        };
    }

    static final class WholePageView extends JteView {

        private final TemplateEngine templates;

        WholePageView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            var output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
