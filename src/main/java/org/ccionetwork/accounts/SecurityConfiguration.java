package org.ccionetwork.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.ccionetwork.shared.AccessRules;
import org.ccionetwork.shared.Assets;
import org.ccionetwork.shared.LocalPaths;
import org.ccionetwork.shared.CsrfExemption;
import org.ccionetwork.shared.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Web security: every module's access rules, then a 404 for paths no controller serves, then deny. Sign-in by
 * form through {@link SignInProvider} (the one authentication provider bean, so it runs once per attempt) with
 * throttling, remember-me tokens in PostgreSQL, CSRF on every state change (but the few signed-token routes
 * modules declare as {@link CsrfExemption}s), a strict Content Security Policy (no inline script or style).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;
    static final String SIGN_IN_EMAIL = "ccio.signIn.email";

    /**
     * No observation of Spring Security's filters, and so no wrapper around each of them: one observation per
     * filter per request cost a tenth of the thread page's CPU, and the wrappers alone (with the observations
     * switched off) still 2% to 3%. Request timings ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Static files are the same for everyone: their chain never loads the session or the security context, so a
     * signed-in member's stylesheet costs no database round trip. Same security headers as pages.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher(Assets.STATIC_FILES)
                .authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<AccessRules> rules, ObjectProvider<CsrfExemption> csrfExemptions,
            PersistentTokenBasedRememberMeServices rememberMe, SingleSignOnLogin singleSignOn, PasskeySignIn passkeys,
            ApplicationContext context)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher[] withoutCsrf = csrfExemptions.orderedStream()
                .map(exemption -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, exemption.path()))
                .toArray(RequestMatcher[]::new);
        var signInPage = new LoginUrlAuthenticationEntryPoint("/sign-in");
        http.authorizeHttpRequests(routes -> {
                    routes.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.forEach(rule -> rule.configure(routes));
                    routes.requestMatchers(new UnmappedRoute(context)).permitAll();
                    routes.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(successHandler()).failureHandler(failureHandler()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutCsrf))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out")
                        .deleteCookies("remember-me"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    // Staff whose session has not passed the second factor are asked for it, then sent back.
                    var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
                    if (!api.matches(request) && who != null && who.getPrincipal() instanceof MemberPrincipal principal
                            && principal.needsSecondFactor()) {
                        if ("GET".equals(request.getMethod())) {
                            new org.springframework.security.web.savedrequest.HttpSessionRequestCache().saveRequest(request, response);
                        }
                        response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
                    } else {
                        response.sendError(403);
                    }
                }).authenticationEntryPoint((request, response, e) -> {
                    // The API answers 401 problem JSON; pages send people to sign in and back.
                    if (api.matches(request)) {
                        response.sendError(401);
                    } else {
                        signInPage.commence(request, response, e);
                    }
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .addFilterAfter(new MustChangePasswordFilter(), RememberMeAuthenticationFilter.class);
        singleSignOn.configure(http);
        passkeys.configure(http);
        return http.build();
    }

    @Bean
    AccessRules accountsAccessRules() {
        // Static files (Assets.STATIC_FILES) never reach this chain: staticFiles() answers them.
        return routes -> routes
                .requestMatchers("/sign-up", "/sign-in", "/verify-email", "/verify-email/resend", "/forgot-password",
                        "/reset-password", "/sign-in/link", "/sign-in/link/email", "/sign-in/link/confirm").permitAll()
                // Spring Security's OAuth2 client answers these itself (only when a provider is configured).
                .requestMatchers("/oauth2/authorization/*", "/login/oauth2/code/*").permitAll()
                // Spring Security's WebAuthn filters answer these two (PasskeySignIn).
                .requestMatchers(HttpMethod.POST, PasskeySignIn.OPTIONS, PasskeySignIn.SIGN_IN).permitAll()
                .requestMatchers("/sign-out", "/account", "/account/**").authenticated();
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
    @Bean
    CookieSerializer sessionCookie() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        // Argon2id with the parameters Spring Security recommends; the prefix lets us move to a stronger one later.
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(MemberDetailsService members, DataSource dataSource,
            AccountsProperties properties) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        String key = properties.rememberMeKey().isBlank() ? randomKey() : properties.rememberMeKey();
        var services = new PersistentTokenBasedRememberMeServices(key, members, tokens);
        services.setParameter("remember-me");
        services.setCookieName("remember-me");
        services.setTokenValiditySeconds(30 * 24 * 60 * 60);
        services.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return services;
    }

    /** Back to the page the visitor came from ({@code next}, a path on this site only), else the saved request. */
    private static AuthenticationSuccessHandler successHandler() {
        var saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        var cache = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            SignedInSessions.remember(request, "password");
            var next = LocalPaths.safe(request.getParameter("next"));
            if (next.isPresent()) {
                cache.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + next.get());
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String email = request.getParameter("email");
            if (email != null && email.length() <= 254) {
                request.getSession().setAttribute(SIGN_IN_EMAIL, email);
            }
            String reason = switch (exception) {
                case SignInProvider.SignInThrottled t -> "throttled";
                case LockedException l -> "suspended";
                case DisabledException d -> "unverified";
                default -> "credentials";
            };
            String next = LocalPaths.safe(request.getParameter("next"))
                    .map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse("");
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason + next);
        };
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Matches requests that no controller would serve, so they get a 404 page rather than a refusal. */
    record UnmappedRoute(ApplicationContext context) implements RequestMatcher {

        @Override
        public boolean matches(HttpServletRequest request) {
            var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            try {
                ServletRequestPathUtils.parseAndCache(request);
                return mapping.getHandler(request) == null;
            } catch (Exception e) {
                return false;
            } finally {
                if (previous == null) {
                    ServletRequestPathUtils.clearParsedRequestPath(request);
                } else {
                    request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
                }
            }
        }
    }
}
