package dev.laurel.server.vcapi;

import dev.laurel.server.platform.Problem;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who calls the VC-API: the API key, the organization it acts for, and the operations it may perform — from the
 * key's scopes, or from an access token's scopes and audiences.
 *
 * @param keyId the API key, directly or behind the access token
 * @param organizationId the organization the key acts for
 * @param operations what it may do
 * @param audiences the instances an access token is for; empty for a key presented directly, which may use the
 *     organization's issuer instance and the verifier
 */
record VcApiClient(UUID keyId, UUID organizationId, Set<VcApiOperation> operations, Set<String> audiences)
        implements Principal, Serializable {

    VcApiClient {
        operations = operations.isEmpty() ? EnumSet.noneOf(VcApiOperation.class) : EnumSet.copyOf(operations);
        audiences = Set.copyOf(audiences);
    }

    @Override
    public String getName() {
        return "api-key:" + keyId;
    }

    boolean viaToken() {
        return !audiences.isEmpty();
    }

    /**
     * Checks that this client may perform {@code operation} on {@code instance}: the organization in the path is its
     * own (for issuer operations), an access token names the instance in its audience, and the scope is granted.
     *
     * @param organization the organization in the path, or null for the verifier
     * @throws Problem 403 naming what is missing
     */
    void require(VcApiOperation operation, String organization, String instance) {
        if (operation.issuerInstance() && !organizationId.toString().equals(organization)) {
            throw VcApiProblem.FORBIDDEN.problem("this client acts for the issuer instance of organization "
                    + organizationId + ", not for " + organization);
        }
        if (viaToken() && !audiences.contains(instance)) {
            throw VcApiProblem.FORBIDDEN.problem(
                    "the access token is for " + String.join(", ", audiences) + ", not for " + instance);
        }
        if (!operations.contains(operation)) {
            throw VcApiProblem.FORBIDDEN.problem(
                    viaToken()
                            ? "the access token lacks the scope '" + operation.oauthScope() + "'"
                            : "this API key lacks the scope '"
                                    + operation.keyScope().key() + "'");
        }
    }
}
