package org.ccionetwork.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a member who must change their password (the first admin) to do that before anything else. */

class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PATH = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal
                && principal.mustChangePassword() && !allowed(request.getRequestURI())) {
            response.sendRedirect(request.getContextPath() + PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PATH) || path.equals("/sign-out") || path.startsWith("/assets/")
                || path.startsWith("/webjars/") || path.equals("/error");
    }
}
