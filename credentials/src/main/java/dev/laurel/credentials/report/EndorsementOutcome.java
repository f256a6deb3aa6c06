package dev.laurel.credentials.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What verification found of one endorsement of a credential (embedded in it, or beside it in an endorsed-credential
 * bundle): who endorsed, when, and whether it verified, was withdrawn by its endorser (its status bit is set), or
 * failed. A withdrawn or failed endorsement never fails the credential: the {@code endorsements} check warns.
 * Immutable.
 *
 * @param id the endorsement's id, or null when it has none
 * @param endorser the issuer's name, else its id; "an unnamed endorser" when it has neither
 * @param date its {@code validFrom} (or {@code issuanceDate}) as written, or null
 * @param message why it was withdrawn or failed, for people; null when verified
 */
public record EndorsementOutcome(String id, String endorser, String date, Status status, String message) {

    /** The three outcomes, as reports write them. */
    public enum Status {
        VERIFIED("verified"),
        WITHDRAWN("withdrawn"),
        FAILED("failed");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        /** {@code verified}, {@code withdrawn} or {@code failed}. */
        public String key() {
            return key;
        }
    }

    public EndorsementOutcome {
        Objects.requireNonNull(endorser, "endorser");
        Objects.requireNonNull(status, "status");
    }

    /** {@code {"id", "endorser", "date", "status", "message"}}, absent members left out. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            json.put("id", id);
        }
        json.put("endorser", endorser);
        if (date != null) {
            json.put("date", date);
        }
        json.put("status", status.key());
        if (message != null) {
            json.put("message", message);
        }
        return json;
    }

    /** "Endorser (date): verified", for a report line. */
    public String describe() {
        return endorser + (date == null ? "" : " (" + date + ")") + ": " + status.key()
                + (message == null ? "" : " — " + message);
    }
}
