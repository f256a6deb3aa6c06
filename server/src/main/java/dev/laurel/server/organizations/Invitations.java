package dev.laurel.server.organizations;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.organizations.OrganizationEvents.MemberInvited;
import dev.laurel.server.organizations.OrganizationEvents.MemberJoined;
import dev.laurel.server.platform.LaurelSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people by email: a single-use link valid for 7 days, accepted by whoever logs in with the invited address.
 */
@Service
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    /** What an invitation link turned out to be. */
    enum Outcome {
        JOINED,
        WRONG_ACCOUNT,
        ALREADY_USED,
        EXPIRED,
        UNKNOWN
    }

    /** An invitation as the accept page shows it. */
    record Invitation(
            OrganizationId organizationId,
            String organizationName,
            String email,
            Role role,
            Instant expiresAt,
            boolean used) {}

    private final JdbcClient jdbc;
    private final TenantAccess access;
    private final Memberships memberships;
    private final Organizations organizations;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            JdbcClient jdbc,
            TenantAccess access,
            Memberships memberships,
            Organizations organizations,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.memberships = memberships;
        this.organizations = organizations;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void invite(OrganizationId organizationId, String email, Role role, LaurelUser inviter, Locale locale) {
        Role mine = access.require(organizationId, inviter, Role.ADMIN);
        if (role == Role.OWNER && mine != Role.OWNER) {
            throw new org.springframework.security.access.AccessDeniedException("only owners invite owners");
        }
        Organization organization = organizations.find(organizationId).orElseThrow();
        String token = Tokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into invitations (token_hash, organization_id, email, role, invited_by, created_at,
                                                 expires_at)
                        values (:hash, :org, :email, :role, :by, :now, :expires)
                        """)
                .param("hash", Tokens.hash(token))
                .param("org", organizationId.value())
                .param("email", email.strip())
                .param("role", role.key())
                .param("by", inviter.accountId())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .update();
        outbox.enqueue(mails.render(
                "invitation",
                email.strip(),
                locale,
                Map.of(
                        "inviter", inviter.displayName(),
                        "organization", organization.name(),
                        "role", role.key(),
                        "link", new TokenLink(settings.url("/invitations/" + token), token),
                        "days", VALIDITY.toDays()),
                organization.name()));
        events.publishEvent(new MemberInvited(organizationId, email.strip(), role, inviter.accountId()));
    }

    Optional<Invitation> find(String token) {
        return jdbc.sql("""
                        select i.organization_id, o.name, i.email, i.role, i.expires_at, i.accepted_at from invitations i
                        join organizations o on o.id = i.organization_id where i.token_hash = :hash
                        """)
                .param("hash", Tokens.hash(token))
                .query((rs, row) -> new Invitation(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("email"),
                        Role.parse(rs.getString("role")),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("accepted_at") != null))
                .optional();
    }

    @Transactional
    Outcome accept(String token, LaurelUser user) {
        Optional<Invitation> found = find(token);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Invitation invitation = found.get();
        if (invitation.used()) {
            return Outcome.ALREADY_USED;
        }
        if (clock.instant().isAfter(invitation.expiresAt())) {
            return Outcome.EXPIRED;
        }
        if (!invitation.email().equalsIgnoreCase(user.email())) {
            return Outcome.WRONG_ACCOUNT;
        }
        int claimed = jdbc.sql("update invitations set accepted_at = :now, accepted_by = :account "
                        + "where token_hash = :hash and accepted_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("account", user.accountId())
                .param("hash", Tokens.hash(token))
                .update();
        if (claimed == 0) {
            return Outcome.ALREADY_USED;
        }
        Role current =
                memberships.role(invitation.organizationId(), user.accountId()).orElse(null);
        Role role = current != null && current.includes(invitation.role()) ? current : invitation.role();
        memberships.put(invitation.organizationId(), user.accountId(), role);
        events.publishEvent(new MemberJoined(invitation.organizationId(), user.accountId(), role));
        return Outcome.JOINED;
    }
}
