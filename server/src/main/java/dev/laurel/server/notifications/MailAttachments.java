package dev.laurel.server.notifications;

import java.util.Optional;

/**
 * Files a mail carries, made when it is sent, by the module that owns them: a mail names one in its header field
 * {@value #HEADER} (e.g. {@code certificate:ID}), which the outbox resolves through every bean of this type and never
 * sends as a header. A reference no bean resolves, or one that fails, sends the mail without the file. Implementations
 * are thread-safe.
 */
public interface MailAttachments {

    /** The header field naming the file, stored with the mail and removed before it is sent. */
    String HEADER = "X-Laurel-Attachment";

    /** The file {@code reference} names, if this module owns it and the mail should carry it. */
    Optional<Attachment> find(String reference);

    /**
     * A file attached to a mail.
     *
     * @param name its file name
     * @param mediaType its media type
     * @param bytes its content
     */
    record Attachment(String name, String mediaType, byte[] bytes) {}
}
