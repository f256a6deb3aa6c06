package dev.laurel.credentials.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a size limit: the bytes, or empty as soon as the body grows past {@code
 * maxBytes} (the rest is not read; the exchange is cancelled). A limit of 0 drops any body but an empty one.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<Optional<byte[]>> {

    private final long maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Optional<byte[]>> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                result.complete(Optional.empty());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(Optional.of(bytes.toByteArray()));
    }

    @Override
    public CompletionStage<Optional<byte[]>> getBody() {
        return result;
    }
}
