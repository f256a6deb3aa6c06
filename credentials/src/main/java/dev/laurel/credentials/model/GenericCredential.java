package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Verifiable Credential 2.0 of a type this model does not know (neither an OB 3.0 nor a CLR 2.0 credential), with
 * the VC 2.0 properties typed and each credential subject kept as JSON.
 *
 * <p>{@link CredentialJson#read(com.fasterxml.jackson.databind.JsonNode)} returns one for such a document, and a
 * {@link ClrSubject} holds one for such an embedded credential. {@link #builder()} presets {@code @context} to the
 * VC 2.0 context and {@code type} to {@code ["VerifiableCredential"]}.
 *
 * <p>Each component is the JSON property of the same name ({@code context} is {@code @context}), null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record GenericCredential(
        OneOrMany<ContextEntry> context,
        String id,
        OneOrMany<String> type,
        String name,
        String description,
        ProfileRef issuer,
        DateTime validFrom,
        DateTime validUntil,
        OneOrMany<ObjectNode> credentialSubject,
        OneOrMany<Evidence> evidence,
        OneOrMany<CredentialSchema> credentialSchema,
        OneOrMany<CredentialStatus> credentialStatus,
        OneOrMany<RefreshService> refreshService,
        OneOrMany<TermsOfUse> termsOfUse,
        OneOrMany<Proof> proof,
        Map<String, JsonNode> extensions)
        implements VerifiableCredential {

    /** Creates the record, copying {@code extensions} (null means none). */
    public GenericCredential {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code @context} and {@code type} preset to the usual values. */
    public static Builder builder() {
        return new Builder().context(ContextEntry.iris(ContextEntry.VC_V2)).type("VerifiableCredential");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .context(context)
                .id(id)
                .type(type)
                .name(name)
                .description(description)
                .issuer(issuer)
                .validFrom(validFrom)
                .validUntil(validUntil)
                .credentialSubject(credentialSubject)
                .evidence(evidence)
                .credentialSchema(credentialSchema)
                .credentialStatus(credentialStatus)
                .refreshService(refreshService)
                .termsOfUse(termsOfUse)
                .proof(proof);
        builder.extensions.putAll(extensions);
        return builder;
    }

    @Override
    public GenericCredential withProof(OneOrMany<Proof> proof) {
        return toBuilder().proof(proof).build();
    }

    static GenericCredential read(JsonReading in) {
        return new GenericCredential(
                in.context(),
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("description"),
                in.profileRef("issuer"),
                in.dateTime("validFrom"),
                in.dateTime("validUntil"),
                in.objects("credentialSubject", JsonReading::raw),
                in.objects("evidence", Evidence::read),
                in.objects("credentialSchema", CredentialSchema::read),
                in.objects("credentialStatus", CredentialStatus::read),
                in.objects("refreshService", RefreshService::read),
                in.objects("termsOfUse", TermsOfUse::read),
                in.objects("proof", Proof::read),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.context(context);
        out.string("id", id);
        out.strings("type", type);
        out.string("name", name);
        out.string("description", description);
        out.profileRef("issuer", issuer);
        out.dateTime("validFrom", validFrom);
        out.dateTime("validUntil", validUntil);
        out.objects("credentialSubject", credentialSubject, (subject, w) -> w.raw(subject));
        out.objects("evidence", evidence, Evidence::write);
        out.objects("credentialSchema", credentialSchema, CredentialSchema::write);
        out.objects("credentialStatus", credentialStatus, CredentialStatus::write);
        out.objects("refreshService", refreshService, RefreshService::write);
        out.objects("termsOfUse", termsOfUse, TermsOfUse::write);
        out.extensions(extensions);
        out.objects("proof", proof, Proof::write);
    }

    /** A mutable builder of {@link GenericCredential}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<ContextEntry> context;
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String description;
        private ProfileRef issuer;
        private DateTime validFrom;
        private DateTime validUntil;
        private OneOrMany<ObjectNode> credentialSubject;
        private OneOrMany<Evidence> evidence;
        private OneOrMany<CredentialSchema> credentialSchema;
        private OneOrMany<CredentialStatus> credentialStatus;
        private OneOrMany<RefreshService> refreshService;
        private OneOrMany<TermsOfUse> termsOfUse;
        private OneOrMany<Proof> proof;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. */
        public Builder context(OneOrMany<ContextEntry> context) {
            this.context = context;
            return this;
        }

        /** Sets {@code @context} to an array of these context IRIs. */
        public Builder context(String... iris) {
            return context(ContextEntry.iris(iris));
        }

        /** Sets {@code id}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(OneOrMany<String> type) {
            this.type = type;
            return this;
        }

        /** Sets {@code type} to an array of these values. */
        public Builder type(String... type) {
            return type(OneOrMany.many(type));
        }

        /** Sets {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code issuer}. */
        public Builder issuer(ProfileRef issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets {@code issuer} to a bare IRI. */
        public Builder issuer(String issuerIri) {
            return issuer(new ProfileIri(issuerIri));
        }

        /** Sets {@code validFrom}. */
        public Builder validFrom(DateTime validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Sets {@code validFrom} to this instant in UTC. */
        public Builder validFrom(Instant validFrom) {
            return validFrom(DateTime.of(validFrom));
        }

        /** Sets {@code validUntil}. */
        public Builder validUntil(DateTime validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** Sets {@code validUntil} to this instant in UTC. */
        public Builder validUntil(Instant validUntil) {
            return validUntil(DateTime.of(validUntil));
        }

        /** Sets {@code credentialSubject}. */
        public Builder credentialSubject(OneOrMany<ObjectNode> credentialSubject) {
            this.credentialSubject = credentialSubject;
            return this;
        }

        /** Sets {@code evidence}. */
        public Builder evidence(OneOrMany<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Sets {@code evidence} to an array of these values. */
        public Builder evidence(Evidence... evidence) {
            return evidence(OneOrMany.many(evidence));
        }

        /** Sets {@code credentialSchema}. */
        public Builder credentialSchema(OneOrMany<CredentialSchema> credentialSchema) {
            this.credentialSchema = credentialSchema;
            return this;
        }

        /** Sets {@code credentialSchema} to an array of these values. */
        public Builder credentialSchema(CredentialSchema... credentialSchema) {
            return credentialSchema(OneOrMany.many(credentialSchema));
        }

        /** Sets {@code credentialStatus}. */
        public Builder credentialStatus(OneOrMany<CredentialStatus> credentialStatus) {
            this.credentialStatus = credentialStatus;
            return this;
        }

        /** Sets {@code credentialStatus} to this single value (the 1EdTech schemas allow no array here). */
        public Builder credentialStatus(CredentialStatus credentialStatus) {
            return credentialStatus(OneOrMany.one(credentialStatus));
        }

        /** Sets {@code refreshService}. */
        public Builder refreshService(OneOrMany<RefreshService> refreshService) {
            this.refreshService = refreshService;
            return this;
        }

        /** Sets {@code refreshService} to this single value (the 1EdTech schemas allow no array here). */
        public Builder refreshService(RefreshService refreshService) {
            return refreshService(OneOrMany.one(refreshService));
        }

        /** Sets {@code termsOfUse}. */
        public Builder termsOfUse(OneOrMany<TermsOfUse> termsOfUse) {
            this.termsOfUse = termsOfUse;
            return this;
        }

        /** Sets {@code termsOfUse} to an array of these values. */
        public Builder termsOfUse(TermsOfUse... termsOfUse) {
            return termsOfUse(OneOrMany.many(termsOfUse));
        }

        /** Sets {@code proof}. */
        public Builder proof(OneOrMany<Proof> proof) {
            this.proof = proof;
            return this;
        }

        /** Sets {@code proof} to an array of these values. */
        public Builder proof(Proof... proof) {
            return proof(OneOrMany.many(proof));
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public GenericCredential build() {
            return new GenericCredential(
                    context,
                    id,
                    type,
                    name,
                    description,
                    issuer,
                    validFrom,
                    validUntil,
                    credentialSubject,
                    evidence,
                    credentialSchema,
                    credentialStatus,
                    refreshService,
                    termsOfUse,
                    proof,
                    extensions);
        }
    }
}
