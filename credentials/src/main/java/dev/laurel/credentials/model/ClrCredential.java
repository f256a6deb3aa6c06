package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CLR 2.0 ClrCredential: a verifiable credential bundling a learner's achievements and the credentials that assert
 * them (its {@link ClrSubject}).
 *
 * <p>{@link #builder()} presets {@code @context} to the VC 2.0, CLR 2.0.1 and OB 3.0.3 contexts and {@code type} to
 * {@code ["VerifiableCredential", "ClrCredential"]}.
 *
 * <p>Each component is the JSON property of the same name ({@code context} is {@code @context}), null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record ClrCredential(
        OneOrMany<ContextEntry> context,
        String id,
        OneOrMany<String> type,
        String name,
        String description,
        ImageRef image,
        Boolean partial,
        ProfileRef issuer,
        DateTime validFrom,
        DateTime validUntil,
        DateTime awardedDate,
        ClrSubject credentialSubject,
        OneOrMany<EndorsementCredential> endorsement,
        OneOrMany<String> endorsementJwt,
        OneOrMany<Evidence> evidence,
        OneOrMany<CredentialSchema> credentialSchema,
        OneOrMany<CredentialStatus> credentialStatus,
        OneOrMany<RefreshService> refreshService,
        OneOrMany<TermsOfUse> termsOfUse,
        OneOrMany<Proof> proof,
        Map<String, JsonNode> extensions)
        implements VerifiableCredential {

    /** Creates the record, copying {@code extensions} (null means none). */
    public ClrCredential {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code @context} and {@code type} preset to the usual values. */
    public static Builder builder() {
        return new Builder()
                .context(ContextEntry.iris(ContextEntry.VC_V2, ContextEntry.CLR_V2P0, ContextEntry.OB_V3P0))
                .type("VerifiableCredential", "ClrCredential");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .context(context)
                .id(id)
                .type(type)
                .name(name)
                .description(description)
                .image(image)
                .partial(partial)
                .issuer(issuer)
                .validFrom(validFrom)
                .validUntil(validUntil)
                .awardedDate(awardedDate)
                .credentialSubject(credentialSubject)
                .endorsement(endorsement)
                .endorsementJwt(endorsementJwt)
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
    public ClrCredential withProof(OneOrMany<Proof> proof) {
        return toBuilder().proof(proof).build();
    }

    static ClrCredential read(JsonReading in) {
        return new ClrCredential(
                in.context(),
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("description"),
                in.imageRef("image"),
                in.bool("partial"),
                in.profileRef("issuer"),
                in.dateTime("validFrom"),
                in.dateTime("validUntil"),
                in.dateTime("awardedDate"),
                in.object("credentialSubject", ClrSubject::read),
                in.objects("endorsement", EndorsementCredential::read),
                in.strings("endorsementJwt"),
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
        out.imageRef("image", image);
        out.bool("partial", partial);
        out.profileRef("issuer", issuer);
        out.dateTime("validFrom", validFrom);
        out.dateTime("validUntil", validUntil);
        out.dateTime("awardedDate", awardedDate);
        out.object("credentialSubject", credentialSubject, ClrSubject::write);
        out.objects("endorsement", endorsement, EndorsementCredential::write);
        out.strings("endorsementJwt", endorsementJwt);
        out.objects("evidence", evidence, Evidence::write);
        out.objects("credentialSchema", credentialSchema, CredentialSchema::write);
        out.objects("credentialStatus", credentialStatus, CredentialStatus::write);
        out.objects("refreshService", refreshService, RefreshService::write);
        out.objects("termsOfUse", termsOfUse, TermsOfUse::write);
        out.extensions(extensions);
        out.objects("proof", proof, Proof::write);
    }

    /** A mutable builder of {@link ClrCredential}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<ContextEntry> context;
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String description;
        private ImageRef image;
        private Boolean partial;
        private ProfileRef issuer;
        private DateTime validFrom;
        private DateTime validUntil;
        private DateTime awardedDate;
        private ClrSubject credentialSubject;
        private OneOrMany<EndorsementCredential> endorsement;
        private OneOrMany<String> endorsementJwt;
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

        /** Sets {@code image}. */
        public Builder image(ImageRef image) {
            this.image = image;
            return this;
        }

        /** Sets {@code image} to an Image object with just this IRI or data URI. */
        public Builder image(String imageId) {
            return image(Image.of(imageId));
        }

        /** Sets {@code partial}. */
        public Builder partial(Boolean partial) {
            this.partial = partial;
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

        /** Sets {@code awardedDate}. */
        public Builder awardedDate(DateTime awardedDate) {
            this.awardedDate = awardedDate;
            return this;
        }

        /** Sets {@code awardedDate} to this instant in UTC. */
        public Builder awardedDate(Instant awardedDate) {
            return awardedDate(DateTime.of(awardedDate));
        }

        /** Sets {@code credentialSubject}. */
        public Builder credentialSubject(ClrSubject credentialSubject) {
            this.credentialSubject = credentialSubject;
            return this;
        }

        /** Sets {@code endorsement}. */
        public Builder endorsement(OneOrMany<EndorsementCredential> endorsement) {
            this.endorsement = endorsement;
            return this;
        }

        /** Sets {@code endorsement} to an array of these values. */
        public Builder endorsement(EndorsementCredential... endorsement) {
            return endorsement(OneOrMany.many(endorsement));
        }

        /** Sets {@code endorsementJwt}. */
        public Builder endorsementJwt(OneOrMany<String> endorsementJwt) {
            this.endorsementJwt = endorsementJwt;
            return this;
        }

        /** Sets {@code endorsementJwt} to an array of these values. */
        public Builder endorsementJwt(String... endorsementJwt) {
            return endorsementJwt(OneOrMany.many(endorsementJwt));
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
        public ClrCredential build() {
            return new ClrCredential(
                    context,
                    id,
                    type,
                    name,
                    description,
                    image,
                    partial,
                    issuer,
                    validFrom,
                    validUntil,
                    awardedDate,
                    credentialSubject,
                    endorsement,
                    endorsementJwt,
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
