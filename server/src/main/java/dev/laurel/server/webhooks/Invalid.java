package dev.laurel.server.webhooks;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a webhook request was refused, with its stable code (the API's problem {@code code}, the key of the page's
 * message) and the request field at fault.
 */
enum Invalid implements ErrorCode {
    URL_MISSING("webhook.url-missing", "url"),
    URL_INVALID("webhook.url-invalid", "url"),
    URL_NOT_HTTPS("webhook.url-not-https", "url"),
    URL_PRIVATE_ADDRESS("webhook.url-private-address", "url"),
    EVENTS_INVALID("webhook.events-invalid", "events"),
    EVENT_UNKNOWN("webhook.event-unknown", "events"),
    DESCRIPTION_INVALID("webhook.description-invalid", "description"),
    ENABLED_INVALID("webhook.enabled-invalid", "enabled"),
    FIELD_UNKNOWN("webhook.field-unknown", null),
    BODY_INVALID("webhook.body-invalid", null),
    CURSOR_INVALID("webhook.cursor-invalid", "before"),
    TOO_MANY_ENDPOINTS("webhook.too-many-endpoints", null);

    private final String code;
    private final String field;

    Invalid(String code, String field) {
        this.code = code;
        this.field = field;
    }

    @Override
    public String code() {
        return code;
    }

    /** 400, but 409 for {@link #TOO_MANY_ENDPOINTS}: the request is right, the organization full. */
    @Override
    public HttpStatus status() {
        return this == TOO_MANY_ENDPOINTS ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    @Override
    public String title() {
        return "Invalid webhook request";
    }

    /** The request field at fault, or null when the request as a whole is. */
    String field() {
        return field;
    }

    /** The message key of the page's text: {@code webhooks.error.url-missing}. */
    String messageKey() {
        return "webhooks.error." + code.substring(code.indexOf('.') + 1);
    }

    /** A request refused for {@code reason}; {@code detail} says precisely why, in English. */
    static final class Exception extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Invalid reason;
        private final String field;

        Exception(Invalid reason, String detail) {
            this(reason, detail, reason.field());
        }

        Exception(Invalid reason, String detail, String field) {
            super(detail);
            this.reason = reason;
            this.field = field;
        }

        Invalid reason() {
            return reason;
        }

        /** The request field at fault, or null. */
        String field() {
            return field;
        }
    }
}
