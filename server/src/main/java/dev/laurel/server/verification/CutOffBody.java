package dev.laurel.server.verification;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code POST /verify} whose body ended before its announced length — the client closed or lost the connection
 * mid-upload: not the server's fault, so one log line, never a stack trace. It answers 400 like any unreadable body.
 */
final class CutOffBody {

    private static final Logger log = LoggerFactory.getLogger(CutOffBody.class);

    private CutOffBody() {}

    /** Logs, in one line, when reading the body failed because the connection broke. */
    static void note(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                log.info("POST /verify: the request body was cut off ({})", cause.toString());
                return;
            }
        }
    }
}
