package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Whether the presented credential is the presenter's (OpenID4VP 1.0 §8.6, §14.1.2): the key that signed the
 * presentation must be one of the credential's subject, named by its {@code credentialSubject.id} DID. A credential
 * whose subject is no DID (an email address, hashed, as Laurel and most Open Badges issuers name earners) is not
 * holder-bound: it proves what its issuer said, not that the presenter is its subject — reported as a warning, not
 * a failure, since the wallet's signature then binds only the nonce and audience.
 */
sealed interface HolderBinding {

    /** {@code holder-binding.bound}, {@code holder-binding.unbound}, {@code holder-binding.other-key}, ... */
    String code();

    /** {@code passed}, {@code warning} or {@code failed}, as the reports write statuses. */
    String status();

    /** The key that signed is the subject's. */
    record Bound(String subject, String key) implements HolderBinding {
        public String code() {
            return "holder-binding.bound";
        }

        public String status() {
            return "passed";
        }
    }

    /** The credential names no DID as its subject, so no key can be its holder's. */
    record Unbound(String subject) implements HolderBinding {
        public String code() {
            return "holder-binding.unbound";
        }

        public String status() {
            return "warning";
        }
    }

    /** Someone else's key signed: the presenter is not the credential's subject. */
    record OtherKey(String subject, String key) implements HolderBinding {
        public String code() {
            return "holder-binding.other-key";
        }

        public String status() {
            return "failed";
        }
    }

    /** The presentation's own proof did not hold, so no key is proven to bind. */
    record Unproven() implements HolderBinding {
        public String code() {
            return "holder-binding.unproven";
        }

        public String status() {
            return "failed";
        }
    }

    /**
     * The binding of {@code credential} to the key {@code provingKey} that made the presentation's valid proof.
     *
     * @param provingKey the verification method (DID URL) of the presentation's proof, empty when it did not verify
     */
    static HolderBinding of(JsonNode credential, Optional<String> provingKey) {
        Optional<String> subject = subjectId(credential);
        if (subject.isEmpty() || !subject.get().startsWith("did:")) {
            return new Unbound(subject.orElse(null));
        }
        if (provingKey.isEmpty()) {
            return new Unproven();
        }
        String key = provingKey.get();
        String controller = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
        return controller.equals(subject.get()) ? new Bound(subject.get(), key) : new OtherKey(subject.get(), key);
    }

    private static Optional<String> subjectId(JsonNode credential) {
        JsonNode subject = credential == null ? null : credential.get("credentialSubject");
        if (subject != null && subject.isArray() && subject.size() == 1) {
            subject = subject.get(0);
        }
        JsonNode id = subject == null ? null : subject.get("id");
        return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    }
}
