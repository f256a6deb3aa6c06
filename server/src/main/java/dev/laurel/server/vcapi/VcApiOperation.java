package dev.laurel.server.vcapi;

import dev.laurel.server.apikeys.Scope;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The VC-API operations, with what each needs: an API key scope ({@code null}: any key), or the VCALM OAuth 2.0
 * scope {@code read|write:PATH} (VCALM §Authorization: GET reads, POST writes; the path is relative to the instance,
 * which the token's {@code aud} names).
 */
enum VcApiOperation {
    ISSUE(false, "/credentials/issue", true, Scope.ISSUE),
    GET_CREDENTIAL(true, "/credentials", true, Scope.READ),
    UPDATE_STATUS(false, "/credentials/status", true, Scope.REVOKE),
    VERIFY_CREDENTIAL(false, "/credentials/verify", false, null),
    VERIFY_PRESENTATION(false, "/presentations/verify", false, null);

    private final boolean read;
    private final String path;
    private final boolean issuerInstance;
    private final Scope keyScope;

    VcApiOperation(boolean read, String path, boolean issuerInstance, Scope keyScope) {
        this.read = read;
        this.path = path;
        this.issuerInstance = issuerInstance;
        this.keyScope = keyScope;
    }

    /** True for the operations of an organization's issuer instance, false for the verifier's. */
    boolean issuerInstance() {
        return issuerInstance;
    }

    /** The API key scope the operation needs, or null when any key may. */
    Scope keyScope() {
        return keyScope;
    }

    /** The OAuth 2.0 scope the operation needs, e.g. {@code write:/credentials/issue}. */
    String oauthScope() {
        return (read ? "read:" : "write:") + path;
    }

    boolean grantedTo(Set<Scope> keyScopes) {
        return keyScope == null || keyScope.grantedBy(keyScopes);
    }

    /**
     * True when one of {@code scopes} grants this operation: the same action on its path or on a prefix of it
     * ({@code write:/} grants every write).
     */
    boolean grantedBy(Collection<String> scopes) {
        for (String scope : scopes) {
            int colon = scope.indexOf(':');
            if (colon < 0 || !scope.substring(0, colon).equals(read ? "read" : "write")) {
                continue;
            }
            String granted = scope.substring(colon + 1);
            if (granted.equals("/") || granted.equals(path) || path.startsWith(granted + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The operations a key with {@code keyScopes} may perform. */
    static Set<VcApiOperation> grantedToKey(Set<Scope> keyScopes) {
        Set<VcApiOperation> operations = EnumSet.noneOf(VcApiOperation.class);
        for (VcApiOperation operation : values()) {
            if (operation.grantedTo(keyScopes)) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** The operations an access token with {@code scopes} may perform. */
    static Set<VcApiOperation> grantedByToken(Collection<String> scopes) {
        Set<VcApiOperation> operations = EnumSet.noneOf(VcApiOperation.class);
        for (VcApiOperation operation : values()) {
            if (operation.grantedBy(scopes)) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** The OAuth 2.0 scopes a client authenticating with a key of {@code keyScopes} may receive. */
    static Set<String> oauthScopesFor(Set<Scope> keyScopes) {
        Set<String> scopes = new TreeSet<>();
        grantedToKey(keyScopes).forEach(operation -> scopes.add(operation.oauthScope()));
        return scopes;
    }
}
