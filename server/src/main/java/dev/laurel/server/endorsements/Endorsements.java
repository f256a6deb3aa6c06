package dev.laurel.server.endorsements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.model.Profile;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.PlatformKey;
import dev.laurel.server.signing.ProofFormat;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every endorsement this Laurel signs: an Open Badges 3.0 EndorsementCredential (Data Integrity {@code
 * eddsa-rdfc-2022}), valid against the 1EdTech EndorsementCredential schema, with a revocation entry in the
 * endorsements' own status lists so that its endorser can withdraw it. Thread-safe.
 */
@Component
public class Endorsements {

    /** The longest comment ({@code endorsementComment}) an endorsement takes, in characters. */
    public static final int MAX_COMMENT = 5_000;

    private final JdbcClient jdbc;
    private final EndorsementStatusLists statusLists;
    private final EndorsementDocuments documents;
    private final Organizations organizations;
    private final IssuerKeys issuers;
    private final PlatformKey platform;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Endorsements(
            JdbcClient jdbc,
            EndorsementStatusLists statusLists,
            EndorsementDocuments documents,
            Organizations organizations,
            IssuerKeys issuers,
            PlatformKey platform,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.statusLists = statusLists;
        this.documents = documents;
        this.organizations = organizations;
        this.issuers = issuers;
        this.platform = platform;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs an endorsement by {@code endorser} of {@code subject}, stores it and returns it, in the caller's
     * transaction if there is one.
     *
     * @param comment the endorser's words ({@code endorsementComment}); null or blank for none
     * @throws dev.laurel.server.platform.Problem {@link EndorsementError#COMMENT_TOO_LONG} over {@value #MAX_COMMENT}
     *     characters
     * @throws IllegalArgumentException for an {@link Endorser.Organization} that does not exist
     */
    @Transactional
    public GivenEndorsement give(Endorser endorser, Endorsed subject, String comment) {
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        if (words != null && words.length() > MAX_COMMENT) {
            throw EndorsementError.COMMENT_TOO_LONG.problem(
                    "A comment is at most " + MAX_COMMENT + " characters; this one has " + words.length() + ".");
        }
        EndorsementId id = new EndorsementId(UUID.randomUUID());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        EndorsementStatusLists.Position status = statusLists.allocate();
        Profile issuer = issuer(endorser);
        ObjectNode unsigned = documents.build(id, issuer, subject, words, now, status);
        String signed =
                switch (endorser) {
                    case Endorser.Organization organization ->
                        issuers.sign(organization.organizationId(), unsigned, ProofFormat.DATA_INTEGRITY);
                    case Endorser.VerifiedEmail ignored -> Json.write(platform.sign(unsigned));
                    case Endorser.Keyed keyed ->
                        Json.write(DataIntegrity.sign(
                                unsigned, keyed.key(), ProofOptions.assertion(keyed.verificationMethod(), now)));
                };
        jdbc.sql("""
                        insert into endorsements (id, endorser_kind, endorser_organization_id, endorser_name,
                            subject_kind, subject_id, credential_json, status_list_id, status_index, issued_at)
                        values (:id, :kind, :org, :name, :subjectKind, :subject, :json, :list, :index, :now)
                        """)
                .param("id", id.value())
                .param("kind", kind(endorser))
                .param(
                        "org",
                        endorser instanceof Endorser.Organization organization ? organization.organizationId() : null)
                .param("name", issuer.name())
                .param("subjectKind", kind(subject))
                .param("subject", subject.id())
                .param("json", signed)
                .param("list", status.listId())
                .param("index", status.index())
                .param("now", Timestamp.from(now))
                .update();
        return new GivenEndorsement(id, signed, now, null);
    }

    /**
     * Withdraws an endorsement: its status bit is set (the list re-signed), so verifiers report it withdrawn, and
     * {@link EndorsementEvents.EndorsementWithdrawn} is published. Withdrawing again changes nothing.
     *
     * @throws dev.laurel.server.platform.Problem {@link EndorsementError#NOT_FOUND} when there is no such endorsement
     */
    @Transactional
    public void withdraw(EndorsementId id) {
        Row row = jdbc.sql("""
                        select status_list_id, status_index, subject_id, withdrawn_at from endorsements
                        where id = :id for update
                        """)
                .param("id", id.value())
                .query((rs, r) -> new Row(
                        rs.getObject("status_list_id", UUID.class),
                        rs.getInt("status_index"),
                        rs.getString("subject_id"),
                        rs.getTimestamp("withdrawn_at") != null))
                .optional()
                .orElseThrow(() -> EndorsementError.NOT_FOUND.problem("There is no endorsement " + id + "."));
        if (row.withdrawn()) {
            return;
        }
        statusLists.set(row.listId(), row.index());
        jdbc.sql("update endorsements set withdrawn_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id.value())
                .update();
        events.publishEvent(new EndorsementEvents.EndorsementWithdrawn(id, row.subjectId()));
    }

    /** The endorsement, withdrawn or not. */
    public Optional<GivenEndorsement> find(EndorsementId id) {
        return jdbc.sql("select credential_json, issued_at, withdrawn_at from endorsements where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new GivenEndorsement(
                        id,
                        rs.getString("credential_json"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("withdrawn_at") == null
                                ? null
                                : rs.getTimestamp("withdrawn_at").toInstant()))
                .optional();
    }

    private Profile issuer(Endorser endorser) {
        return switch (endorser) {
            case Endorser.Organization organization ->
                documents.organization(
                        organizations
                                .find(new OrganizationId(organization.organizationId()))
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "no organization " + organization.organizationId())),
                        issuers.issuerDid(organization.organizationId()));
            case Endorser.VerifiedEmail person -> documents.verifiedEmail(person, platform.did());
            case Endorser.Keyed keyed -> documents.keyed(keyed);
        };
    }

    private static String kind(Endorser endorser) {
        return switch (endorser) {
            case Endorser.Organization ignored -> "organization";
            case Endorser.VerifiedEmail ignored -> "verified-email";
            case Endorser.Keyed ignored -> "keyed";
        };
    }

    private static String kind(Endorsed subject) {
        return switch (subject) {
            case Endorsed.Achievement ignored -> "achievement";
            case Endorsed.Profile ignored -> "profile";
            case Endorsed.Credential ignored -> "credential";
        };
    }

    private record Row(UUID listId, int index, String subjectId, boolean withdrawn) {}
}
