package dev.laurel.server.hooks;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why an event that met its mapping's condition yields no credential, with its stable code: the {@code code} of the
 * 422 problem, and the key of the page's message.
 */
enum EventFault implements ErrorCode {
    /** A required value (the event id, the recipient's address) is missing, null or empty. */
    POINTER_MISSING("hook.pointer-missing", "Value missing"),
    /** A value has the wrong JSON type (an object where text is expected) or is too long. */
    VALUE_INVALID("hook.value-invalid", "Value invalid"),
    /** The recipient's address is not an email address. */
    EMAIL_INVALID("hook.email-invalid", "Email invalid"),
    /** The issued-on value is no date Laurel reads, or is in the future. */
    DATE_INVALID("hook.date-invalid", "Date invalid"),
    /** The evidence is not an http(s) URL, or an array of at most 20 of them. */
    EVIDENCE_INVALID("hook.evidence-invalid", "Evidence invalid");

    private final String code;
    private final String title;

    EventFault(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    /** An event that yields no credential is unprocessable: 422. */
    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    /** A fault of one value: the mapping field whose pointer named it, the pointer, and precisely what is wrong. */
    record At(EventFault fault, String field, Pointer pointer, String detail) {}
}
