package dev.laurel.server.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person deleted their account and it was erased: every module erases, or stops naming the person in, its own
 * records, in a synchronous listener inside the erasure's transaction — a listener that throws rolls the whole erasure
 * back. It names the person, so it is handled only in that transaction, never queued as follow-up work (the queue would keep it).
 *
 * @param accountId the account, now an empty "deleted earner"
 * @param addresses the account's login address and the further addresses it confirmed: records holding one of these
 *     name the person
 * @param confirmedAddresses those of {@code addresses} the person proved their own by a link (the login address only
 *     once verified): the credentials issued to these were theirs
 * @param unconfirmedAddresses further addresses typed but never confirmed: never proved theirs, so only the account's
 *     own records of them go; credentials and invitations an organization sent to them stay its records
 */
public record AccountErased(
        UUID accountId, List<String> addresses, List<String> confirmedAddresses, List<String> unconfirmedAddresses) {

    /** Addresses are stripped and lower-cased, as every record compares them; blanks and repeats are dropped. */
    public AccountErased {
        addresses = lowerCased(addresses);
        confirmedAddresses = lowerCased(confirmedAddresses);
        unconfirmedAddresses = lowerCased(unconfirmedAddresses);
    }

    private static List<String> lowerCased(List<String> addresses) {
        return addresses.stream()
                .filter(address -> address != null && !address.isBlank())
                .map(address -> address.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
