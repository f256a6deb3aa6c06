package dev.laurel.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the API authorization tests share: the endpoints the application maps for a module, and the refusals every
 * endpoint owes — 401 without a key, 403 without its scope, 404 to another organization.
 */
public final class ApiRefusals {

    private ApiRefusals() {}

    /** {@code "METHOD /path/{}"}, the form in which listed and mapped endpoints are compared. */
    public static String shape(String method, String path) {
        return method + " " + path.replaceAll("\\{[^}]+}", "{}");
    }

    /** Every mapping of a controller in {@code module}'s package whose path starts with {@code prefix}, shaped. */
    public static Set<String> mapped(RequestMappingHandlerMapping mappings, Class<?> module, String prefix) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().equals(module.getPackageName())) {
                info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith(prefix))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> mapped.add(shape(method.name(), pattern))));
            }
        });
        return mapped;
    }

    /** For each scope, a client with a new key of the organization holding every other scope except admin. */
    public static Map<Scope, ApiCalls> lacking(int port, ApiKeys keys, UUID organizationId) {
        Map<Scope, ApiCalls> lacking = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            EnumSet<Scope> others = EnumSet.complementOf(EnumSet.of(scope, Scope.ADMIN));
            lacking.put(scope, ApiCalls.withKey(port, keys, organizationId, others.toArray(Scope[]::new)));
        }
        return lacking;
    }

    /**
     * Asserts the call is refused: 401 {@code api.unauthenticated} without a key, 403 {@code api.scope} with a key
     * lacking {@code scope}, and, when {@code attacker} is given (the path names the victim's ids), 404 {@code
     * api.not-found} from another organization, its answer showing nothing of {@code hidden}.
     */
    public static void refused(
            String method,
            String path,
            String body,
            Scope scope,
            ApiCalls anonymous,
            Map<Scope, ApiCalls> lacking,
            ApiCalls attacker,
            String hidden) {
        refused(method, path, body, scope, anonymous, lacking, attacker, "api.not-found", hidden);
    }

    /**
     * The same, the answer from another organization being 404 {@code notFound} (a module's own code, such as {@code
     * pathway.not-found}) that shows none of {@code hidden}.
     */
    public static void refused(
            String method,
            String path,
            String body,
            Scope scope,
            ApiCalls anonymous,
            Map<Scope, ApiCalls> lacking,
            ApiCalls attacker,
            String notFound,
            String... hidden) {
        String name = method + " " + path;
        ApiCalls.Answer unauthenticated = anonymous.send(method, path, body);
        assertThat(unauthenticated.status()).as(name + " without a key").isEqualTo(401);
        assertThat(unauthenticated.code()).as(name).isEqualTo("api.unauthenticated");

        ApiCalls.Answer forbidden = lacking.get(scope).send(method, path, body);
        assertThat(forbidden.status()).as(name + " without " + scope).isEqualTo(403);
        assertThat(forbidden.code()).as(name).isEqualTo("api.scope");

        if (attacker != null) {
            ApiCalls.Answer across = attacker.send(method, path, body);
            assertThat(across.status()).as(name + " from another organization").isEqualTo(404);
            assertThat(across.code()).as(name).isEqualTo(notFound);
            for (String secret : hidden) {
                assertThat(across.raw().body()).as(name).doesNotContain(secret);
            }
        }
    }

    /** The number of rows of each of {@code tables}: taken before and after the refusals, to see that none wrote. */
    public static Map<String, Long> counts(JdbcClient jdbc, Collection<String> tables) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
