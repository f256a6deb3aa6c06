package dev.laurel.server.oauth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every scope an earner can grant, from every protocol's {@link ProtocolScopes}. Thread-safe. */
@Component
public class Scopes {

    private final Map<String, Scope> byValue = new LinkedHashMap<>();

    Scopes(ObjectProvider<ProtocolScopes> protocols) {
        protocols.orderedStream().forEach(protocol -> protocol.scopes()
                .forEach(scope -> byValue.put(scope.value(), scope)));
    }

    /** Every scope's value, as the metadata lists them. */
    public Set<String> values() {
        return byValue.keySet();
    }

    /** The scope of that value, if a protocol defines it. */
    public Optional<Scope> find(String value) {
        return Optional.ofNullable(byValue.get(value));
    }
}
