package dev.laurel.server.webhooks;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** The webhook API's error codes besides an invalid request's ({@link Invalid}): unknown ids and refused redeliveries. */
enum WebhookError implements ErrorCode {
    NOT_FOUND(HttpStatus.NOT_FOUND, "webhook.not-found", "No such webhook"),
    DELIVERY_NOT_FOUND(HttpStatus.NOT_FOUND, "webhook.delivery-not-found", "No such delivery"),
    ENDPOINT_DISABLED(HttpStatus.CONFLICT, "webhook.endpoint-disabled", "Endpoint disabled"),
    DELIVERY_IN_PROGRESS(HttpStatus.CONFLICT, "webhook.delivery-in-progress", "Delivery in progress");

    private final HttpStatus status;
    private final String code;
    private final String title;

    WebhookError(HttpStatus status, String code, String title) {
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
