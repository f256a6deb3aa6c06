package dev.laurel.server.pathways;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Earners on pathways: where one stands (evaluated now from what they hold), who is on a pathway and how far, who the
 * issuer enrolled or who joined, and whether an earner wants mail when they complete a step.
 */
@Service
public class PathwayProgress {

    /**
     * An earner on a pathway, as last evaluated.
     *
     * @param email the earner's one address (an account's sign-in address, else the address issued to)
     * @param completedSteps the ids of the steps complete
     * @param percent the share of requirements met
     * @param completedAt when the whole pathway was complete, or null
     * @param enrolled whether the issuer enrolled them
     * @param joined whether they joined it themselves
     * @param goalCredential the goal credential awarded, or null
     */
    public record Earner(
            String email,
            Set<String> completedSteps,
            int percent,
            Instant completedAt,
            boolean enrolled,
            boolean joined,
            CredentialId goalCredential) {
        public Earner {
            completedSteps = Set.copyOf(completedSteps);
        }
    }

    /** A pathway an earner is on, and where they stand. */
    public record Joined(Pathway pathway, Progress progress, boolean enrolled, boolean joined) {}

    /** Where the holder of {@code email} stands on {@code pathway} now. */
    public Progress of(Pathway pathway, String email) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The earner's one address for {@code email}: the sign-in address of the account it belongs to, else itself. */
    public String earner(String email) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Everyone on the pathway, by address; at most {@code limit}. */
    public List<Earner> earners(Pathway pathway, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many earners completed each step, by step id (steps no one completed are absent). */
    public Map<String, Integer> completions(Pathway pathway) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The pathways an earner with these addresses is on (holds something it counts, was enrolled, or joined). */
    public List<Joined> ofEarner(Collection<String> addresses) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Enrolls a cohort: each address is put on the pathway (and evaluated), as {@code actor}; an address already on
     * it stays. Refuses the whole list with {@code pathway.invalid-recipient} naming the first bad address.
     *
     * @return how many were newly enrolled
     */
    public int enroll(OrganizationId organizationId, PathwayId id, Actor actor, List<String> emails) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The earner joins a published pathway. */
    public void join(PathwayId id, String email) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the earner gets a mail when they complete a step. */
    public boolean mails(String email) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Turns the earner's step mails on or off. */
    public void mails(String email, boolean on) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The goal credential awarded to the earner for the pathway, if any. */
    public Optional<CredentialId> goalCredential(PathwayId id, String email) {
        throw new UnsupportedOperationException("not yet");
    }
}
