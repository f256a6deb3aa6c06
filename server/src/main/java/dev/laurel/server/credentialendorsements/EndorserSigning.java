package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.endorsements.Endorsed;
import dev.laurel.server.endorsements.EndorsementId;
import dev.laurel.server.endorsements.Endorsements;
import dev.laurel.server.endorsements.Endorser;
import dev.laurel.server.endorsements.GivenEndorsement;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.AccountKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The endorser's side of a request: they sign (Laurel signing for them, their identity the address the link went to),
 * report the request as unwanted, or later withdraw what they signed.
 */
@Service
class EndorserSigning {

    /** What the endorser writes. */
    record Statement(String name, String role, String organization, String comment) {

        static final int MAX_COMMENT = 5_000;
        static final int MAX_FIELD = 200;

        Statement {
            name = name == null ? "" : name.strip();
            role = blankToNull(role);
            organization = blankToNull(organization);
            comment = comment == null ? "" : comment.strip();
        }

        /** The message key of what is wrong with it, or null. */
        String problem() {
            if (comment.isEmpty() || comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
                return "endorse.invalid.comment";
            }
            if (name.isEmpty()
                    || name.length() > MAX_FIELD
                    || (role != null && role.length() > MAX_FIELD)
                    || (organization != null && organization.length() > MAX_FIELD)) {
                return "endorse.invalid.name";
            }
            return null;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** An open request with the credentials it puts forward. */
    record Opened(EndorsementRequests.Request request, List<IssuedCredential> credentials) {}

    private final EndorsementRequests requests;
    private final ReceivedEndorsements received;
    private final IssuedCredentials credentials;
    private final Endorsements endorsements;
    private final Accounts accounts;
    private final AccountKeys accountKeys;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final Clock clock;

    EndorserSigning(
            EndorsementRequests requests,
            ReceivedEndorsements received,
            IssuedCredentials credentials,
            Endorsements endorsements,
            Accounts accounts,
            AccountKeys accountKeys,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            Clock clock) {
        this.requests = requests;
        this.received = received;
        this.credentials = credentials;
        this.endorsements = endorsements;
        this.accounts = accounts;
        this.accountKeys = accountKeys;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /** The request behind a link, while the link may be used. */
    Optional<Opened> open(String token) {
        return requests.open(Tokens.hash(token), clock.instant())
                .map(request -> new Opened(
                        request,
                        request.credentialIds().stream()
                                .map(id -> credentials.find(new CredentialId(id)))
                                .flatMap(Optional::stream)
                                .filter(c -> !c.recipientForgotten())
                                .toList()));
    }

    /**
     * The DID the logged-in account may sign this request with, its own key's: only when the account's verified address
     * is the one the request went to. Empty for anyone else, and for visitors without an account.
     */
    Optional<String> ownDid(EndorsementRequests.Request request, UUID accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return accounts.find(accountId)
                .filter(account -> account.emailVerified()
                        && Addresses.hash(account.email()).equals(Addresses.hash(request.endorserEmail())))
                .map(account -> accountKeys.did(account.id()));
    }

    /**
     * Signs one endorsement per credential of the request, Laurel signing for the endorser as the address the link went
     * to; the link is used up. False when the link was not usable (used, reported, expired) — nothing is signed.
     */
    @Transactional
    boolean sign(String token, Statement statement, Locale locale) {
        return sign(token, statement, null, locale);
    }

    /**
     * Signs as {@link #sign(String, Statement, Locale)} does, but with the key of {@code ownKeyAccount} (its did:web)
     * when it is given and {@link #ownDid may sign} the request; a non-null account that may not is refused (false).
     */
    @Transactional
    boolean sign(String token, Statement statement, UUID ownKeyAccount, Locale locale) {
        Opened opened = open(token).orElse(null);
        if (opened == null) {
            return false;
        }
        EndorsementRequests.Request request = opened.request();
        if (ownKeyAccount != null && ownDid(request, ownKeyAccount).isEmpty()) {
            return false;
        }
        String withdrawToken = Tokens.generate();
        Instant now = clock.instant();
        if (!requests.use(request.id(), now, Tokens.hash(withdrawToken))) {
            return false;
        }
        Endorser endorser;
        if (ownKeyAccount != null) {
            AccountKeys.AccountKey own = accountKeys.key(ownKeyAccount);
            endorser = new Endorser.Keyed(own.did(), statement.name(), own.key(), own.verificationMethod());
        } else {
            endorser = new Endorser.VerifiedEmail(
                    statement.name(), request.endorserEmail(), statement.role(), statement.organization());
        }
        for (IssuedCredential credential : opened.credentials()) {
            GivenEndorsement given = endorsements.give(
                    endorser, new Endorsed.Credential(settings.url("/c/" + credential.id())), statement.comment());
            received.add(new ReceivedEndorsements.Endorsement(
                    given.id().value(),
                    request.id(),
                    credential.id().value(),
                    statement.name(),
                    statement.role(),
                    statement.organization(),
                    statement.comment(),
                    given.issuedAt(),
                    Decision.PENDING,
                    null));
        }
        List<String> badges =
                opened.credentials().stream().map(IssuedCredential::badgeName).toList();
        outbox.enqueue(mails.render(
                "endorsement-given",
                request.endorserEmail(),
                locale,
                Map.of(
                        "endorser",
                        statement.name(),
                        "badges",
                        badges,
                        "link",
                        new TokenLink(settings.url("/endorse/withdraw/" + withdrawToken), withdrawToken))));
        accounts.find(request.accountId())
                .ifPresent(earner -> outbox.enqueue(mails.render(
                        "endorsement-received",
                        earner.email(),
                        locale,
                        Map.of(
                                "earner", earner.displayName(),
                                "endorser", statement.name(),
                                "badges", badges,
                                "link", settings.url("/backpack")),
                        statement.name())));
        return true;
    }

    /** "Report as unwanted": the link is used up and the earner may not ask this address again. */
    @Transactional
    boolean reportUnwanted(String token) {
        EndorsementRequests.Request request =
                requests.open(Tokens.hash(token), clock.instant()).orElse(null);
        if (request == null || !requests.report(request.id(), clock.instant())) {
            return false;
        }
        requests.block(request.accountId(), Addresses.hash(request.endorserEmail()), clock.instant());
        return true;
    }

    /** The endorsements a withdrawal link stands for; empty when it stands for none. */
    List<ReceivedEndorsements.Endorsement> withdrawable(String withdrawToken) {
        return requests.byWithdrawal(Tokens.hash(withdrawToken))
                .map(received::ofRequest)
                .orElse(List.of());
    }

    /** Withdraws every endorsement the link stands for: their status bits are set, verifiers report them withdrawn. */
    @Transactional
    List<ReceivedEndorsements.Endorsement> withdraw(String withdrawToken) {
        List<ReceivedEndorsements.Endorsement> given = withdrawable(withdrawToken);
        for (ReceivedEndorsements.Endorsement endorsement : given) {
            if (!endorsement.withdrawn()) {
                endorsements.withdraw(new EndorsementId(endorsement.endorsementId()));
                received.withdrawn(endorsement.endorsementId(), clock.instant());
            }
        }
        return withdrawable(withdrawToken);
    }
}
