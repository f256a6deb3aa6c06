package dev.laurel.server.lifecycle;

import dev.laurel.server.claims.IssuedMails;
import dev.laurel.server.issuing.ClaimState;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.CredentialStates;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action on a selection of an organization's credentials — resend the issued mail, revoke with one reason, renew —
 * done through the operations that do it for one, all or none: every credential is checked first, and the changes run
 * in one transaction, so a refusal, or a failure halfway, leaves every credential as it was.
 */
@Service
class CredentialSelections {

    /** The most credentials one action takes: a few pages of the list. */
    static final int MAX = 200;

    /** What can be done to a selection. */
    enum Action {
        RESEND,
        REVOKE,
        RENEW;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Action> parse(String key) {
            for (Action action : values()) {
                if (action.key().equals(key)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    /** How an action on a selection ended. */
    sealed interface Outcome {
        /** Every selected credential allows the action; nothing done yet. */
        record Checked(Action action, List<IssuedCredential> credentials) implements Outcome {}

        /** Done to every selected credential. */
        record Done(Action action, int count) implements Outcome {}

        /**
         * Nothing done.
         *
         * @param reason a stable code: {@code none}, {@code too-many}, {@code reason-required}, {@code reason-long},
         *     {@code not-pending}, {@code revoked}, {@code not-renewable}
         * @param credential the first credential that does not allow the action, or null
         */
        record Refused(String reason, IssuedCredential credential) implements Outcome {}
    }

    private final IssuedCredentials credentials;
    private final CredentialStates states;
    private final Renewals renewals;
    private final IssuedMails mails;
    private final TenantAccess access;

    CredentialSelections(
            IssuedCredentials credentials,
            CredentialStates states,
            Renewals renewals,
            IssuedMails mails,
            TenantAccess access) {
        this.credentials = credentials;
        this.states = states;
        this.renewals = renewals;
        this.mails = mails;
        this.access = access;
    }

    /**
     * Whether {@code action} may be done to every credential of {@code ids}, changing nothing: {@link Outcome.Checked}
     * with the credentials, or why not.
     *
     * @throws AccessDeniedException when the actor may not issue here, or an id is not this organization's credential
     */
    @Transactional(readOnly = true)
    Outcome check(OrganizationId organizationId, Action action, List<CredentialId> ids, String reason, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        List<CredentialId> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) {
            return new Outcome.Refused("none", null);
        }
        if (unique.size() > MAX) {
            return new Outcome.Refused("too-many", null);
        }
        List<IssuedCredential> selected = new ArrayList<>();
        for (CredentialId id : unique) {
            selected.add(credentials
                    .find(id)
                    .filter(found -> found.organizationId().equals(organizationId))
                    .orElseThrow(() -> new AccessDeniedException("no such credential in this organization")));
        }
        String why = reason(reason);
        if (action == Action.REVOKE && why == null) {
            return new Outcome.Refused("reason-required", null);
        }
        if (action == Action.REVOKE && why.length() > 500) {
            return new Outcome.Refused("reason-long", null);
        }
        for (IssuedCredential credential : selected) {
            String refusal = refusal(action, credential);
            if (refusal != null) {
                return new Outcome.Refused(refusal, credential);
            }
        }
        return new Outcome.Checked(action, selected);
    }

    /**
     * Does {@code action} to every credential of {@code ids}, or to none: {@link #check} first, then the changes in
     * this one transaction.
     *
     * @throws AccessDeniedException when the actor may not issue here, or an id is not this organization's credential
     */
    @Transactional
    Outcome apply(OrganizationId organizationId, Action action, List<CredentialId> ids, String reason, Actor actor) {
        Outcome checked = check(organizationId, action, ids, reason, actor);
        if (!(checked instanceof Outcome.Checked ok)) {
            return checked;
        }
        List<CredentialId> selected =
                ok.credentials().stream().map(IssuedCredential::id).toList();
        switch (action) {
            case RESEND -> mails.resend(organizationId, selected, actor);
            case REVOKE -> selected.forEach(id -> states.revoke(organizationId, id, reason(reason), actor));
            case RENEW -> selected.forEach(id -> renewals.renew(organizationId, id, actor));
        }
        return new Outcome.Done(action, selected.size());
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Why {@code credential} does not allow {@code action}, or null when it does. */
    private static String refusal(Action action, IssuedCredential credential) {
        return switch (action) {
            case RESEND ->
                credential.recipientForgotten()
                                || credential.state() == CredentialState.REVOKED
                                || credential.claim() != ClaimState.PENDING
                        ? "not-pending"
                        : null;
            case REVOKE -> credential.state() == CredentialState.REVOKED ? "revoked" : null;
            case RENEW ->
                credential.state() != CredentialState.ACTIVE
                                || credential.renewedBy() != null
                                || credential.recipientForgotten()
                        ? "not-renewable"
                        : null;
        };
    }
}
