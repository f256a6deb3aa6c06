package dev.laurel.server.platform;

/** A setting that is missing or wrong; the message names it and says what is expected. */
public final class SettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingException(String message) {
        super(message);
    }
}
