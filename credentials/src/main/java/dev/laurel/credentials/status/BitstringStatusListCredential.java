package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An unsigned {@code BitstringStatusListCredential} for a single-bit purpose (revocation, suspension or refresh), ready
 * to be secured by a proof elsewhere and published at {@link #id()}.
 *
 * <p>{@link #toJson()} writes the data model of Bitstring Status List v1.0 section "BitstringStatusListCredential":
 * the VC 2.0 context, {@code type [VerifiableCredential, BitstringStatusListCredential]}, {@code issuer}, {@code
 * validFrom}, optional {@code validUntil}, and a {@code credentialSubject} with id {@code <id>#list}, type {@code
 * BitstringStatusList}, the purpose, the {@code encodedList} and an optional {@code ttl} in milliseconds. Times are
 * written to the second, in UTC.
 *
 * @param id URL where the credential is published; entries name it as {@code statusListCredential}
 * @param issuer the issuer's URL or DID
 * @param purpose revocation, suspension or refresh
 * @param encodedList the list, as produced by {@link BitstringStatusList#encode()}
 * @param validFrom start of the validity period
 * @param validUntil optional end of the validity period
 * @param ttl optional time before a verifier should fetch the list again
 * @throws IllegalArgumentException from the constructor for a relative {@code id}, the {@code message} purpose (whose
 *     {@code statusMessages} this type does not write), a {@code validUntil} before {@code validFrom} or a negative
 *     {@code ttl}
 */
public record BitstringStatusListCredential(
        String id,
        String issuer,
        StatusPurpose purpose,
        String encodedList,
        Instant validFrom,
        Optional<Instant> validUntil,
        Optional<Duration> ttl) {
    /** The credential {@code type} that marks a status list credential. */
    public static final String TYPE = "BitstringStatusListCredential";
    /** The credential subject {@code type}. */
    public static final String SUBJECT_TYPE = "BitstringStatusList";
    /** The VC 2.0 context, which also defines the status list terms. */
    public static final String CONTEXT = "https://www.w3.org/ns/credentials/v2";

    public BitstringStatusListCredential {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(encodedList, "encodedList");
        validFrom = validFrom.truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil.map(until -> until.truncatedTo(ChronoUnit.SECONDS));
        if (!Urls.isAbsolute(id)) {
            throw new IllegalArgumentException("id must be an absolute URL, not " + id);
        }
        if (purpose == StatusPurpose.MESSAGE) {
            throw new IllegalArgumentException("message lists need statusSize and statusMessages, not written here");
        }
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil " + validUntil.get() + " is before validFrom " + validFrom);
        }
        if (ttl.isPresent() && ttl.get().isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative, not " + ttl.get());
        }
    }

    /**
     * A credential publishing {@code list} at {@code id}, valid from now as told by {@code clock}, with no end and no
     * ttl.
     *
     * @throws IllegalArgumentException if {@code list} has more than one bit per status
     */
    public static BitstringStatusListCredential of(
            String id, String issuer, StatusPurpose purpose, BitstringStatusList list, Clock clock) {
        if (list.statusSize() != 1) {
            throw new IllegalArgumentException(
                    "a " + purpose.value() + " list has 1 bit per status, not " + list.statusSize());
        }
        return new BitstringStatusListCredential(
                id, issuer, purpose, list.encode(), clock.instant(), Optional.empty(), Optional.empty());
    }

    /** This credential, valid until {@code validUntil}. */
    public BitstringStatusListCredential withValidUntil(Instant validUntil) {
        return new BitstringStatusListCredential(
                id, issuer, purpose, encodedList, validFrom, Optional.of(validUntil), ttl);
    }

    /** This credential, advising verifiers to refresh it after {@code ttl}. */
    public BitstringStatusListCredential withTtl(Duration ttl) {
        return new BitstringStatusListCredential(
                id, issuer, purpose, encodedList, validFrom, validUntil, Optional.of(ttl));
    }

    /** The unsigned credential as JSON. */
    public ObjectNode toJson() {
        var json = JsonNodeFactory.instance.objectNode();
        json.putArray("@context").add(CONTEXT);
        json.put("id", id);
        json.putArray("type").add("VerifiableCredential").add(TYPE);
        json.put("issuer", issuer);
        json.put("validFrom", validFrom.toString());
        validUntil.ifPresent(until -> json.put("validUntil", until.toString()));
        var subject = json.putObject("credentialSubject");
        subject.put("id", id + "#list");
        subject.put("type", SUBJECT_TYPE);
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", encodedList);
        ttl.ifPresent(duration -> subject.put("ttl", duration.toMillis()));
        return json;
    }
}
