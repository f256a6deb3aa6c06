package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.endorsements.EndorsementEvents.Between;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.platform.LaurelSettings;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code data} of each event type, as docs/api/webhooks.md documents it. Every {@code credential.*} event carries
 * the same credential fields; state changes add the reason, sharing the channel. Thread-safe.
 */
@Component
class Payloads {

    private final IssuedCredentials credentials;
    private final LaurelSettings settings;

    Payloads(IssuedCredentials credentials, LaurelSettings settings) {
        this.credentials = credentials;
        this.settings = settings;
    }

    /**
     * {@code organizationId}, {@code credentialId}, {@code achievementId}, {@code achievementName}, {@code recipient}
     * ({@code email}, {@code name}) and {@code url}, the public page.
     */
    ObjectNode credential(UUID organizationId, UUID credentialId) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("organizationId", organizationId.toString());
        data.put("credentialId", credentialId.toString());
        IssuedCredential credential =
                credentials.find(new CredentialId(credentialId)).orElse(null);
        if (credential != null) {
            data.put("achievementId", credential.badgeId().toString());
            data.put("achievementName", credential.badgeName());
            ObjectNode recipient = data.putObject("recipient");
            recipient.put("email", credential.recipientEmail());
            recipient.put("name", credential.recipientName());
        }
        data.put("url", settings.url("/c/" + credentialId));
        return data;
    }

    /** {@link #credential} and the {@code reason} given (null when none): revoked, suspended, reinstated. */
    ObjectNode stateChange(UUID organizationId, UUID credentialId, String reason) {
        ObjectNode data = credential(organizationId, credentialId);
        if (reason == null || reason.isBlank()) {
            data.putNull("reason");
        } else {
            data.put("reason", reason);
        }
        return data;
    }

    /**
     * {@code credential.shared}: {@link #credential} and the {@code channel} it was shared on (e.g. {@code linkedin},
     * {@code link}, {@code qr}).
     */
    ObjectNode shared(UUID organizationId, UUID credentialId, String channel) {
        ObjectNode data = credential(organizationId, credentialId);
        data.put("channel", channel);
        return data;
    }

    /**
     * {@code bulk.completed}: {@code organizationId}, {@code jobId}, {@code achievementId}, and the counts {@code
     * total} (the rows the job was started with), {@code issued}, {@code skipped} (already issued by another job) and
     * {@code failed}.
     */
    static ObjectNode bulkCompleted(
            UUID organizationId, UUID jobId, UUID achievementId, int total, int issued, int skipped, int failed) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("organizationId", organizationId.toString());
        data.put("jobId", jobId.toString());
        data.put("achievementId", achievementId.toString());
        data.put("total", total);
        data.put("issued", issued);
        data.put("skipped", skipped);
        data.put("failed", failed);
        return data;
    }

    /**
     * {@code pathway.step_completed}: {@code organizationId}, {@code pathwayId}, {@code pathwayName}, {@code url} (the
     * pathway's public page), {@code stepId}, {@code stepName} and the {@code recipient} ({@code email}).
     */
    ObjectNode stepCompleted(
            UUID organizationId, UUID pathwayId, String pathwayName, String stepId, String stepName, String email) {
        ObjectNode data = pathway(organizationId, pathwayId, pathwayName);
        data.put("stepId", stepId);
        data.put("stepName", stepName);
        data.putObject("recipient").put("email", email);
        return data;
    }

    /**
     * {@code pathway.completed}: {@code organizationId}, {@code pathwayId}, {@code pathwayName}, {@code url} (the
     * pathway's public page), the {@code recipient} ({@code email}, and {@code name} on the goal credential), and the
     * goal credential: {@code credentialId} and {@code credentialUrl}, its public page (null while none was issued).
     */
    ObjectNode pathwayCompleted(
            UUID organizationId, UUID pathwayId, String pathwayName, String email, UUID goalCredential) {
        ObjectNode data = pathway(organizationId, pathwayId, pathwayName);
        ObjectNode recipient = data.putObject("recipient").put("email", email);
        IssuedCredential credential = goalCredential == null
                ? null
                : credentials.find(new CredentialId(goalCredential)).orElse(null);
        if (credential != null) {
            recipient.put("name", credential.recipientName());
        }
        data.put("credentialId", goalCredential == null ? null : goalCredential.toString());
        data.put("credentialUrl", goalCredential == null ? null : settings.url("/c/" + goalCredential));
        return data;
    }

    /** An application's event: its ids, badge, state, and for a decision the reviewer's and the credential. */
    ObjectNode application(
            UUID organizationId,
            UUID applicationId,
            UUID badgeId,
            String badgeName,
            String state,
            int version,
            String decision,
            String reviewer,
            UUID credentialId) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("organizationId", organizationId.toString());
        data.put("applicationId", applicationId.toString());
        data.put("achievementId", badgeId.toString());
        data.put("achievementName", badgeName);
        data.put("state", state);
        if (version > 0) {
            data.put("version", version);
        }
        if (decision != null) {
            data.put("decision", decision);
            data.put("reviewer", reviewer);
        }
        if (credentialId != null) {
            data.put("credentialId", credentialId.toString());
            data.put("credentialUrl", settings.url("/c/" + credentialId));
        }
        return data;
    }

    /**
     * {@code endorsement.*}: {@code endorsementId}, {@code endorser} ({@code organizationId}, {@code name}), {@code
     * endorsedOrganizationId}, {@code subjectId} (the achievement's or profile's id), {@code subjectName} and {@code
     * url}, the signed endorsement.
     */
    ObjectNode endorsement(Between endorsement) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("endorsementId", endorsement.id().toString());
        ObjectNode endorser = data.putObject("endorser");
        endorser.put("organizationId", endorsement.endorsing().value().toString());
        endorser.put("name", endorsement.endorsingName());
        data.put("endorsedOrganizationId", endorsement.endorsed().value().toString());
        data.put("subjectId", endorsement.subjectId());
        data.put("subjectName", endorsement.subjectName());
        data.put("url", settings.url("/endorsements/" + endorsement.id()));
        return data;
    }

    private ObjectNode pathway(UUID organizationId, UUID pathwayId, String pathwayName) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("organizationId", organizationId.toString());
        data.put("pathwayId", pathwayId.toString());
        data.put("pathwayName", pathwayName);
        data.put("url", settings.url("/pathways/" + pathwayId));
        return data;
    }
}
