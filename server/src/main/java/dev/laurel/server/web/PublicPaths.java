package dev.laurel.server.web;

import java.util.List;

/**
 * Paths anyone may open without logging in, as one module contributes them: a module with public pages declares a
 * bean ({@code @Bean PublicPaths sharingPublicPaths()}) listing its own URL patterns, and {@link SecurityConfiguration}
 * opens every module's. Everything else needs a login; each module checks the user's role in the organization itself.
 *
 * @param patterns Spring MVC path patterns open to everyone
 * @param csrfIgnored those of them whose forms carry no CSRF token: machine endpoints that change nothing
 */
public record PublicPaths(List<String> patterns, List<String> csrfIgnored) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
        csrfIgnored = List.copyOf(csrfIgnored);
        if (!patterns.containsAll(csrfIgnored)) {
            throw new IllegalArgumentException("only public paths may go without CSRF tokens: " + csrfIgnored);
        }
    }

    /** These patterns, open to everyone, with CSRF protection on their forms. */
    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of());
    }

    /** The same paths, with these of them taking posts without a CSRF token. */
    public PublicPaths ignoringCsrf(String... patterns) {
        return new PublicPaths(this.patterns, List.of(patterns));
    }
}
