package dev.laurel.server.backpack;

import dev.laurel.server.oauth.ProtocolScopes;
import dev.laurel.server.oauth.Scope;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The four scopes of the 1EdTech OB 3.0 API, as platforms ask earners for them and the consent page names them. */
@Configuration(proxyBeanMethods = false)
class Ob3Scopes {

    static final String PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/scope/";
    static final String CREDENTIAL_READ = PREFIX + "credential.readonly";
    static final String CREDENTIAL_UPSERT = PREFIX + "credential.upsert";
    static final String PROFILE_READ = PREFIX + "profile.readonly";
    static final String PROFILE_UPDATE = PREFIX + "profile.update";

    @Bean
    ProtocolScopes openBadges3Scopes() {
        return new ProtocolScopes(
                "ob3",
                List.of(
                        new Scope(CREDENTIAL_READ, "ob3.scope.credential.readonly"),
                        new Scope(CREDENTIAL_UPSERT, "ob3.scope.credential.upsert"),
                        new Scope(PROFILE_READ, "ob3.scope.profile.readonly"),
                        new Scope(PROFILE_UPDATE, "ob3.scope.profile.update")));
    }
}
