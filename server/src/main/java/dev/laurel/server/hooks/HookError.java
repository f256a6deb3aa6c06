package dev.laurel.server.hooks;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The error codes only hooks have, besides the event's own faults ({@link EventFault}); what hooks share with the
 * management API uses its codes ({@code apikeys.ApiError}).
 */
enum HookError implements ErrorCode {
    /** The mapping is paused: enabling it issues on its events again. */
    MAPPING_DISABLED("hook.mapping-disabled", "Mapping disabled"),
    /** The organization has {@link Hooks#MAX_MAPPINGS} mappings already. */
    TOO_MANY_MAPPINGS("hook.too-many-mappings", "Too many mappings");

    private final String code;
    private final String title;

    HookError(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title() {
        return title;
    }
}
