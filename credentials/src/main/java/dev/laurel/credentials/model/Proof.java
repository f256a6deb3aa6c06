package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An embedded proof ({@code proof}), typically a W3C Data Integrity {@code DataIntegrityProof} with a {@code
 * cryptosuite} such as {@code eddsa-rdfc-2022}.
 *
 * <p>{@code domain} and {@code previousProof} may each be one string or several. {@link #builder()} presets {@code
 * type} to {@code "DataIntegrityProof"}. This record only carries the fields; creating and checking proofs is done
 * elsewhere.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Proof(
        String id,
        String type,
        String cryptosuite,
        DateTime created,
        DateTime expires,
        String verificationMethod,
        String proofPurpose,
        String challenge,
        OneOrMany<String> domain,
        String nonce,
        OneOrMany<String> previousProof,
        String proofValue,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Proof {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("DataIntegrityProof");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .cryptosuite(cryptosuite)
                .created(created)
                .expires(expires)
                .verificationMethod(verificationMethod)
                .proofPurpose(proofPurpose)
                .challenge(challenge)
                .domain(domain)
                .nonce(nonce)
                .previousProof(previousProof)
                .proofValue(proofValue);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Proof read(JsonReading in) {
        return new Proof(
                in.string("id"),
                in.string("type"),
                in.string("cryptosuite"),
                in.dateTime("created"),
                in.dateTime("expires"),
                in.string("verificationMethod"),
                in.string("proofPurpose"),
                in.string("challenge"),
                in.strings("domain"),
                in.string("nonce"),
                in.strings("previousProof"),
                in.string("proofValue"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.string("cryptosuite", cryptosuite);
        out.dateTime("created", created);
        out.dateTime("expires", expires);
        out.string("verificationMethod", verificationMethod);
        out.string("proofPurpose", proofPurpose);
        out.string("challenge", challenge);
        out.strings("domain", domain);
        out.string("nonce", nonce);
        out.strings("previousProof", previousProof);
        out.string("proofValue", proofValue);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Proof}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private String type;
        private String cryptosuite;
        private DateTime created;
        private DateTime expires;
        private String verificationMethod;
        private String proofPurpose;
        private String challenge;
        private OneOrMany<String> domain;
        private String nonce;
        private OneOrMany<String> previousProof;
        private String proofValue;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets {@code cryptosuite}. */
        public Builder cryptosuite(String cryptosuite) {
            this.cryptosuite = cryptosuite;
            return this;
        }

        /** Sets {@code created}. */
        public Builder created(DateTime created) {
            this.created = created;
            return this;
        }

        /** Sets {@code created} to this instant in UTC. */
        public Builder created(Instant created) {
            return created(DateTime.of(created));
        }

        /** Sets {@code expires}. */
        public Builder expires(DateTime expires) {
            this.expires = expires;
            return this;
        }

        /** Sets {@code expires} to this instant in UTC. */
        public Builder expires(Instant expires) {
            return expires(DateTime.of(expires));
        }

        /** Sets {@code verificationMethod}. */
        public Builder verificationMethod(String verificationMethod) {
            this.verificationMethod = verificationMethod;
            return this;
        }

        /** Sets {@code proofPurpose}. */
        public Builder proofPurpose(String proofPurpose) {
            this.proofPurpose = proofPurpose;
            return this;
        }

        /** Sets {@code challenge}. */
        public Builder challenge(String challenge) {
            this.challenge = challenge;
            return this;
        }

        /** Sets {@code domain}. */
        public Builder domain(OneOrMany<String> domain) {
            this.domain = domain;
            return this;
        }

        /** Sets {@code domain} to an array of these values. */
        public Builder domain(String... domain) {
            return domain(OneOrMany.many(domain));
        }

        /** Sets {@code nonce}. */
        public Builder nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        /** Sets {@code previousProof}. */
        public Builder previousProof(OneOrMany<String> previousProof) {
            this.previousProof = previousProof;
            return this;
        }

        /** Sets {@code previousProof} to an array of these values. */
        public Builder previousProof(String... previousProof) {
            return previousProof(OneOrMany.many(previousProof));
        }

        /** Sets {@code proofValue}. */
        public Builder proofValue(String proofValue) {
            this.proofValue = proofValue;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Proof build() {
            return new Proof(
                    id,
                    type,
                    cryptosuite,
                    created,
                    expires,
                    verificationMethod,
                    proofPurpose,
                    challenge,
                    domain,
                    nonce,
                    previousProof,
                    proofValue,
                    extensions);
        }
    }
}
