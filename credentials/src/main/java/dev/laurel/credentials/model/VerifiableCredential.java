package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The properties every W3C Verifiable Credential 2.0 shares, whatever its kind.
 *
 * <p>{@link CredentialJson#read(JsonNode)} picks the kind from {@code type}: {@link AchievementCredential} for {@code
 * OpenBadgeCredential} or {@code AchievementCredential}, {@link EndorsementCredential}, {@link ClrCredential}, and
 * {@link GenericCredential} for anything else. Switch over the kinds when the subject matters. Implementations are
 * immutable, thread-safe records; accessors return null for absent properties.
 */
public sealed interface VerifiableCredential
        permits AchievementCredential, EndorsementCredential, ClrCredential, GenericCredential {

    /** {@code @context}. */
    OneOrMany<ContextEntry> context();

    /** {@code id}. */
    String id();

    /** {@code type}. */
    OneOrMany<String> type();

    /** {@code name}. */
    String name();

    /** {@code description}. */
    String description();

    /** {@code issuer}: a bare IRI or a profile. */
    ProfileRef issuer();

    /** {@code validFrom}. */
    DateTime validFrom();

    /** {@code validUntil}. */
    DateTime validUntil();

    /** {@code evidence}. */
    OneOrMany<Evidence> evidence();

    /** {@code credentialSchema}. */
    OneOrMany<CredentialSchema> credentialSchema();

    /** {@code credentialStatus}. */
    OneOrMany<CredentialStatus> credentialStatus();

    /** {@code refreshService}. */
    OneOrMany<RefreshService> refreshService();

    /** {@code termsOfUse}. */
    OneOrMany<TermsOfUse> termsOfUse();

    /** {@code proof}: one embedded proof or several (a proof set or chain). */
    OneOrMany<Proof> proof();

    /** Every property not modelled, in document order. */
    Map<String, JsonNode> extensions();

    /** This credential with {@code proof} replaced; null removes it (for example before checking a proof). */
    VerifiableCredential withProof(OneOrMany<Proof> proof);

    /** Whether {@code type} includes {@code type}. */
    default boolean hasType(String type) {
        return type() != null && type().contains(type);
    }
}
