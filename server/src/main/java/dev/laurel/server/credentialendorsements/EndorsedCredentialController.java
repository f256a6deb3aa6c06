package dev.laurel.server.credentialendorsements;

import dev.laurel.server.backpack.CredentialPrivacy;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * For anyone, as the credential's public page: the endorsements its earner accepted, each verified now (the panel the
 * page loads), and the credential with them as one file — an unsigned presentation holding the credential unchanged,
 * then each accepted EndorsementCredential.
 */
@Controller
class EndorsedCredentialController {

    private final IssuedCredentials credentials;
    private final CredentialPrivacy privacy;
    private final ReceivedEndorsements received;
    private final EndorsementViews views;
    private final EndorsedBundles bundles;

    EndorsedCredentialController(
            IssuedCredentials credentials,
            CredentialPrivacy privacy,
            ReceivedEndorsements received,
            EndorsementViews views,
            EndorsedBundles bundles) {
        this.credentials = credentials;
        this.privacy = privacy;
        this.received = received;
        this.views = views;
        this.bundles = bundles;
    }

    @GetMapping("/c/{id}/endorsements")
    String panel(@PathVariable UUID id, Model model) {
        IssuedCredential credential = shown(id);
        model.addAttribute("credential", credential);
        model.addAttribute("endorsements", views.of(received.accepted(id)));
        return "credentialendorsements/public-panel";
    }

    @GetMapping("/c/{id}/endorsed.json")
    ResponseEntity<byte[]> endorsed(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("credential-with-endorsements.json", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bundles.of(shown(id)));
    }

    /** The credential, unless its earner made it private or deleted their account. */
    private IssuedCredential shown(UUID id) {
        if (privacy.hidden(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return credentials
                .find(new CredentialId(id))
                .filter(c -> !c.recipientForgotten())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
