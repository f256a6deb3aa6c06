package dev.laurel.server.certificates;

/**
 * A file a certificate PDF carries as a PDF/A-3 associated file.
 *
 * @param name its file name, e.g. {@code credential.json}
 * @param mediaType its media type
 * @param description what it is, for PDF readers' attachment panes
 * @param bytes its content
 */
record Attachment(String name, String mediaType, String description, byte[] bytes) {}
