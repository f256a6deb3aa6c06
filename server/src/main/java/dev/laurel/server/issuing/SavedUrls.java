package dev.laurel.server.issuing;

import dev.laurel.server.organizations.Organization;
import dev.laurel.server.platform.ErrorCode;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.platform.WebIri;
import org.springframework.http.HttpStatus;

/**
 * The URLs a credential takes from its badge and organization — criteria, alignments, the organization's website —
 * checked again when issuing: those saved before every URL was checked ({@link WebIri}) may not be IRIs, and a
 * credential carrying one could not be signed. Issuing such a badge is refused ({@link Refusal#SAVED_URL}, 409) naming
 * the field to correct, before anything is signed.
 */
final class SavedUrls {

    /** Why the badge cannot be issued as saved. */
    enum Refusal implements ErrorCode {
        SAVED_URL(HttpStatus.CONFLICT, "issuing.saved-url-invalid", "A saved URL is not valid");

        private final HttpStatus status;
        private final String code;
        private final String title;

        Refusal(HttpStatus status, String code, String title) {
            this.status = status;
            this.code = code;
            this.title = title;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String title() {
            return title;
        }
    }

    private SavedUrls() {}

    /** @throws Problem {@code issuing.saved-url-invalid}, with {@code field} and {@code value}, for the first bad URL */
    static void check(Badge badge, Organization organization) {
        require("criteria.url", "the badge's criteria URL", badge.criteriaUrl());
        for (int i = 0; i < badge.alignments().size(); i++) {
            require(
                    "alignments[" + i + "].url",
                    "the badge's alignment URL",
                    badge.alignments().get(i).url());
        }
        require("organization.url", "the organization's website", organization.url());
    }

    private static void require(String field, String what, String url) {
        if (url == null || url.isBlank() || WebIri.isValid(url.strip())) {
            return;
        }
        throw Refusal.SAVED_URL
                .problem(what + " '" + url + "' is not a valid web address (it was saved before addresses were "
                        + "checked): correct it, then issue again")
                .with("field", field)
                .with("value", url);
    }
}
