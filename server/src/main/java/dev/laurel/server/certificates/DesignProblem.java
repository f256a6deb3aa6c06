package dev.laurel.server.certificates;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a certificate design cannot be saved, naming the field: {@code texts[1].text}, {@code background}, …
 *
 * @param field the field, as the management API names it inside {@code certificate}
 * @param reason the stable reason
 * @param arguments what the message names (the placeholder, the limit)
 */
public record DesignProblem(String field, Reason reason, List<String> arguments) {

    /** The stable reasons, with their codes. */
    public enum Reason {
        UNKNOWN_PLACEHOLDER("certificate.placeholder-unknown"),
        NOT_AN_IMAGE("certificate.not-an-image"),
        IMAGE_TOO_LARGE("certificate.image-too-large"),
        TEXT_OVERFLOWS("certificate.text-overflows"),
        TEXT_TOO_LONG("certificate.text-too-long"),
        NAME_MISSING("certificate.signature-name-missing"),
        TOO_MANY("certificate.too-many"),
        UNKNOWN_TYPEFACE("certificate.typeface-unknown"),
        SIZE_OUT_OF_RANGE("certificate.size-out-of-range");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The stable code, e.g. {@code certificate.text-overflows}. */
        public String code() {
            return code;
        }
    }

    public DesignProblem {
        arguments = List.copyOf(arguments);
    }

    DesignProblem(String field, Reason reason, String... arguments) {
        this(field, reason, List.of(arguments));
    }

    /** What is wrong, for people ({@code messages/certificates.properties}). */
    public String message(MessageSource messages, Locale locale) {
        Object[] args = new Object[arguments.size() + 1];
        args[0] = field;
        for (int i = 0; i < arguments.size(); i++) {
            args[i + 1] = arguments.get(i);
        }
        return messages.getMessage(reason.code(), args, locale);
    }
}
