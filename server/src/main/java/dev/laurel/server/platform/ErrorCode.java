package dev.laurel.server.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A stable error code, declared by each module as an enum of its codes and answered as an RFC 9457 problem by {@link
 * Problems}: clients switch on {@link #code()}, never on the detail.
 */
public interface ErrorCode {

    /** The stable code, e.g. {@code api.not-found}: dotted, the module's prefix first. */
    String code();

    /** The HTTP status a problem of this code is answered with. */
    HttpStatus status();

    /** The short, unchanging title of a problem of this code. */
    String title();

    /** The problem type: {@code https://laurel.dev/problems/CODE}, dots becoming slashes. */
    default URI type() {
        return URI.create("https://laurel.dev/problems/" + code().replace('.', '/'));
    }

    /** How a problem of this code is written: RFC 9457, unless the module's specification says otherwise. */
    default Problems.Rendering rendering() {
        return Problems.Rendering.RFC_9457;
    }

    /** A problem of this code with a precise {@code detail}, to throw. */
    default Problem problem(String detail) {
        return new Problem(this, detail);
    }
}
