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
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

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
                if (throttle.blocked(email, address)) {
                    throw new LockedException("too many failed logins");
                }
                try {
                    Authentication result = passwords.authenticate(attempt);
                    throttle.record(email, address, true);
                    return result;
                } catch (AuthenticationException e) {
                    throttle.record(email, address, false);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return passwords.supports(type);
            }
        };
    }

    /** A failed login returns to the login page, which says why (wrong password, or too many attempts). */
    @Bean
    AuthenticationFailureHandler loginFailures() {
        return (request, response, exception) -> new SimpleUrlAuthenticationFailureHandler(
                        exception instanceof LockedException ? "/login?locked" : "/login?error")
                .onAuthenticationFailure(request, response, exception);
    }
}
