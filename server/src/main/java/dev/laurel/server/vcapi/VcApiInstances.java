package dev.laurel.server.vcapi;

import dev.laurel.server.platform.LaurelSettings;
import org.springframework.stereotype.Component;

/**
 * The VCALM instances Laurel serves and their URLs, which access tokens name in {@code aud}: each organization's
 * issuer and status instance {@code BASE/vc-api/ORGANIZATION}, and the one verifier instance {@code BASE/vc-api}.
 */
@Component
class VcApiInstances {

    private final LaurelSettings settings;

    VcApiInstances(LaurelSettings settings) {
        this.settings = settings;
    }

    String issuer(Object organizationId) {
        return settings.url("/vc-api/" + organizationId);
    }

    String verifier() {
        return settings.url("/vc-api");
    }

    /** The issuer of access tokens: this Laurel's base URL. */
    String tokenIssuer() {
        return settings.baseUrl().toString();
    }
}
