package dev.laurel.server.signing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organization's choice of the identifier its VC-API issuer instance signs as; no row is did:web. */
@Repository
class VcApiIssuers {

    private final JdbcClient jdbc;

    VcApiIssuers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuerIdentifier of(UUID organizationId) {
        return jdbc.sql("select identifier from vc_api_issuers where organization_id = :org")
                .param("org", organizationId)
                .query(String.class)
                .optional()
                .flatMap(IssuerIdentifier::of)
                .orElse(IssuerIdentifier.DID_WEB);
    }

    void set(UUID organizationId, IssuerIdentifier identifier) {
        jdbc.sql("""
                        insert into vc_api_issuers (organization_id, identifier) values (:org, :identifier)
                        on conflict (organization_id) do update set identifier = excluded.identifier
                        """)
                .param("org", organizationId)
                .param("identifier", identifier.value())
                .update();
    }
}
