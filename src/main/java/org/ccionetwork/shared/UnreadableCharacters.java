package org.ccionetwork.shared;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Answers a form whose fields lost characters in {@link HostileInputFilter} (a NUL byte, bytes that are not
 * UTF-8) with the message beside each such field, through the form's own validation, so the person sees what
 * they typed less the characters and can send it again. A form that is not validated as a whole (its handler
 * takes single parameters) is refused with the site's 400 page instead, before anything is saved.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableCharacters implements WebMvcConfigurer {

    static final String MESSAGE = "This contained characters that cannot be stored (such as a NUL byte, or bytes "
            + "that are not UTF-8), so we took them out. Check it and send the form again.";

    /**
     * Every data binder of a form gets the check, through the handler adapter's binding initializer: an
     * {@code @InitBinder} method of a controller advice would be wrapped anew for every request, its annotations
     * looked up again each time (2% of a page's CPU).
     */
    @Bean
    static BeanPostProcessor checkFieldsOfEveryForm() {
        return BeanAdjustments.ofEvery(RequestMappingHandlerAdapter.class, adapter -> {
            WebBindingInitializer original = adapter.getWebBindingInitializer();
            adapter.setWebBindingInitializer(binder -> {
                if (original != null) {
                    original.initBinder(binder);
                }
                checkFields(binder);
            });
        });
    }

    static void checkFields(WebDataBinder binder) {
        if (binder.getTarget() != null || binder.getTargetType() != null) {
            binder.addValidators(new FieldsWithUnreadableCharacters());
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                if (unreadable(request).isEmpty() || "GET".equals(request.getMethod())
                        || !(handler instanceof HandlerMethod method) || validatesAForm(method)) {
                    return true;
                }
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
                return false;
            }
        });
    }

    private static boolean validatesAForm(HandlerMethod method) {
        for (var parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    static Set<String> unreadable(HttpServletRequest request) {
        Object names = request.getAttribute(HostileInputFilter.UNREADABLE);
        return names instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    private static final class FieldsWithUnreadableCharacters implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                    || !(errors instanceof BindingResult result)) {
                return;
            }
            Set<String> names = unreadable(attributes.getRequest());
            if (names.isEmpty()) {
                return;
            }
            for (String name : names) {
                if (hasField(target, name)) {
                    result.addError(new FieldError(result.getObjectName(), name, attributes.getRequest().getParameter(name),
                            false, new String[] {"unreadable"}, null, MESSAGE));
                }
            }
        }

        private static boolean hasField(Object target, String name) {
            if (target.getClass().isRecord()) {
                for (var component : target.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        return true;
                    }
                }
                return false;
            }
            return PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(name);
        }
    }
}
