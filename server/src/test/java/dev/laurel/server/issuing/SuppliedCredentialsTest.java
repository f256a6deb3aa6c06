package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.ProofFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SuppliedCredentialsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SuppliedCredentials supplied;

    @Autowired
    IssuerKeys issuers;

    @Autowired
    Verifier verifier;

    @Test
    void signsTheGivenCredentialWithRevocationAndSuspensionEntriesThatVerifiersSeeChange() {
        UUID organization = Scenario.issuer(port, jdbc, "Supplying Academy").organizationId();
        String id = "urn:uuid:" + UUID.randomUUID();

        SuppliedCredential issued = supplied.issue(
                organization,
                credential(organization, id),
                IssuerIdentifier.DID_WEB,
                id,
                Set.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION),
                ProofFormat.DATA_INTEGRITY,
                null);

        JsonNode document = Json.parse(issued.document());
        assertThat(document.get("credentialStatus")).hasSize(2);
        assertThat(document.get("credentialStatus").get(0).get("statusPurpose").asText())
                .isEqualTo("revocation");
        assertThat(document.get("credentialStatus").get(1).get("statusPurpose").asText())
                .isEqualTo("suspension");
        assertThat(document.get("credentialStatus").get(1).get("id").asText())
                .isEqualTo(issued.entry(StatusPurpose.SUSPENSION).orElseThrow().id());
        assertThat(verify(issued).verified())
                .as(verify(issued).toJson().toString())
                .isTrue();

        supplied.changeStatus(organization, id, StatusPurpose.SUSPENSION, true, null);
        assertThat(verify(issued).check(CheckId.STATUS).orElseThrow().message()).contains("suspended");
        assertThat(supplied.find(organization, id).orElseThrow().suspended()).isTrue();

        supplied.changeStatus(organization, id, StatusPurpose.SUSPENSION, false, null);
        assertThat(verify(issued).verified()).isTrue();

        supplied.changeStatus(organization, id, StatusPurpose.REVOCATION, true, null);
        assertThat(verify(issued).check(CheckId.STATUS).orElseThrow().message()).contains("revoked");
        assertThatThrownBy(() -> supplied.changeStatus(organization, id, StatusPurpose.REVOCATION, false, null))
                .isInstanceOf(SuppliedCredentials.NotAllowedException.class)
                .hasMessageContaining("cannot be undone");
    }

    @Test
    void signsAVcJwtWithARevocationEntryOnlyAndRefusesSuspendingIt() {
        UUID organization = Scenario.issuer(port, jdbc, "Jwt Academy").organizationId();
        String id = "urn:uuid:" + UUID.randomUUID();

        SuppliedCredential issued = supplied.issue(
                organization,
                credential(organization, id),
                IssuerIdentifier.DID_WEB,
                id,
                Set.of(StatusPurpose.REVOCATION),
                ProofFormat.VC_JWT,
                null);

        assertThat(issued.document()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(verify(issued).verified())
                .as(verify(issued).toJson().toString())
                .isTrue();
        assertThatThrownBy(() -> supplied.changeStatus(organization, id, StatusPurpose.SUSPENSION, true, null))
                .isInstanceOf(SuppliedCredentials.NotAllowedException.class)
                .hasMessageContaining("no suspension status entry");
    }

    @Test
    void refusesASecondCredentialOfTheSameNameAndFindsNothingInAnotherOrganization() {
        UUID organization = Scenario.issuer(port, jdbc, "Unique Academy").organizationId();
        UUID other = Scenario.issuer(port, jdbc, "Other Academy").organizationId();
        String id = "urn:uuid:" + UUID.randomUUID();
        supplied.issue(
                organization,
                credential(organization, id),
                IssuerIdentifier.DID_WEB,
                id,
                Set.of(StatusPurpose.REVOCATION),
                ProofFormat.DATA_INTEGRITY,
                null);

        assertThatThrownBy(() -> supplied.issue(
                        organization,
                        credential(organization, id),
                        IssuerIdentifier.DID_WEB,
                        id,
                        Set.of(StatusPurpose.REVOCATION),
                        ProofFormat.DATA_INTEGRITY,
                        null))
                .isInstanceOf(SuppliedCredentials.DuplicateCredentialIdException.class);
        assertThat(supplied.find(other, id)).isEmpty();
        assertThat(supplied.changeStatus(other, id, StatusPurpose.REVOCATION, true, null))
                .isEmpty();
        assertThat(supplied.find(organization, id).orElseThrow().revoked()).isFalse();
    }

    private ObjectNode credential(UUID organization, String id) {
        return (ObjectNode) Json.parse("""
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2"],
                  "id": "%s",
                  "type": ["VerifiableCredential"],
                  "issuer": "%s",
                  "credentialSubject": {"name": "Ada"}
                }
                """.formatted(id, issuers.issuerDid(organization)));
    }

    private VerificationReport verify(SuppliedCredential credential) {
        return verifier.verify(credential.document());
    }
}
