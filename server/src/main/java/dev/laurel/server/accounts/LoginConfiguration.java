package dev.laurel.server.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.util.UriComponentsBuilder;

/** How a login is checked: the account's Argon2id hash, behind the {@link LoginThrottle}. */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    AuthenticationProvider throttledLogin(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        UserDetailsService users =
                email -> accounts.user(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) throws AuthenticationException {
                String email = String.valueOf(attempt.getName());
                String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress()
                        : "unknown";
                if (!throttle.admit(email, address)) {
                    throw new LockedException("too many failed logins");
                }
                Authentication result = passwords.authenticate(attempt);
                throttle.succeeded(email, address);
                return result;
            }

            @Override
            public boolean supports(Class<?> type) {
                return passwords.supports(type);
            }
        };
    }

    /**
     * A failed login returns to the login page, which says why (wrong password, or too many attempts), keeping where
     * the person was going.
     */
    @Bean
    AuthenticationFailureHandler loginFailures() {
        return (request, response, exception) -> {
            String continueTo = LocalRedirect.orElse(request.getParameter("continue"), null);
            String failure = UriComponentsBuilder.fromPath("/login")
                    .query(exception instanceof LockedException ? "locked" : "error")
                    .queryParamIfPresent("continue", java.util.Optional.ofNullable(continueTo))
                    .encode()
                    .build()
                    .toUriString();
            new SimpleUrlAuthenticationFailureHandler(failure).onAuthenticationFailure(request, response, exception);
        };
    }

    /**
     * A successful login goes where the login form's {@code continue} field says, when it is a path on this site (a
     * claim or invitation link sent the person to log in); else to the page that asked for a login, else the
     * dashboard.
     */
    @Bean
    AuthenticationSuccessHandler loginSuccesses() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/dashboard");
        RequestCache requests = new HttpSessionRequestCache();
        RedirectStrategy redirects = new DefaultRedirectStrategy();
        return (request, response, authentication) -> {
            String continueTo = LocalRedirect.orElse(request.getParameter("continue"), null);
            if (continueTo == null) {
                saved.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            requests.removeRequest(request, response);
            redirects.sendRedirect(request, response, continueTo);
        };
    }
}
