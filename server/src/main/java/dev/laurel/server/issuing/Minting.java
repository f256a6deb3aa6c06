package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.ProofFormat;
import dev.laurel.server.signing.Signer;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * What every credential signed for an organization goes through, whatever its content (a badge, or what a VC-API
 * client supplied): indexes in the organization's status lists, its content built around them, and the proof of the
 * organization's active key.
 *
 * <p>One credential takes its indexes in the caller's transaction and is signed inline. Many take theirs in a short
 * transaction of their own (so workers do not hold the organization's allocation lock while they sign) and are built
 * and signed on a pool of one thread per core, one slice each, with the key decrypted once. Thread-safe.
 */
@Component
class Minting {

    /** Builds the unsigned credential {@code index} of a batch around its status positions. */
    @FunctionalInterface
    interface Content {

        /** @param status one position per purpose asked for, in the same order */
        ObjectNode build(int index, List<StatusLists.Position> status);
    }

    /**
     * A credential as signed.
     *
     * @param document the signed JSON (Data Integrity) or compact JWS (VC-JWT), to be stored exactly so
     * @param status its positions, one per purpose asked for, in the same order
     */
    record Minted(String document, List<StatusLists.Position> status) {}

    private final StatusLists statusLists;
    private final IssuerKeys issuers;
    private final ForkJoinPool signers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    Minting(StatusLists statusLists, IssuerKeys issuers) {
        this.statusLists = statusLists;
        this.issuers = issuers;
    }

    /**
     * Mints {@code count} credentials of {@code organizationId}, each with a status entry for each of {@code purposes},
     * signed in {@code format} with the active key as a key of {@code identifier}, which {@code content} names as
     * the issuer.
     *
     * @return the signed credentials, in the order of their indexes
     */
    List<Minted> mint(
            UUID organizationId,
            IssuerIdentifier identifier,
            int count,
            List<StatusPurpose> purposes,
            ProofFormat format,
            Content content) {
        List<List<StatusLists.Position>> byPurpose = purposes.stream()
                .map(purpose -> count == 1
                        ? statusLists.allocate(organizationId, purpose, 1)
                        : statusLists.allocateApart(organizationId, purpose, count))
                .toList();
        Signer signer = issuers.signer(organizationId, identifier);
        Slice one = (from, to) -> {
            List<Minted> part = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                int index = i;
                List<StatusLists.Position> status = byPurpose.stream()
                        .map(positions -> positions.get(index))
                        .toList();
                part.add(new Minted(signer.sign(content.build(index, status), format), status));
            }
            return part;
        };
        int slices = Math.min(signers.getParallelism(), count);
        return slices <= 1 ? one.mint(0, count) : inParallel(count, slices, one);
    }

    /** Mints the indexes from {@code from} to {@code to}, exclusive. */
    @FunctionalInterface
    private interface Slice {
        List<Minted> mint(int from, int to);
    }

    private List<Minted> inParallel(int count, int slices, Slice slice) {
        List<Future<List<Minted>>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int from = count * s / slices;
            int to = count * (s + 1) / slices;
            futures.add(signers.submit(() -> slice.mint(from, to)));
        }
        List<Minted> all = new ArrayList<>(count);
        try {
            for (Future<List<Minted>> future : futures) {
                all.addAll(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("signing failed", e.getCause());
        }
        return all;
    }

    @PreDestroy
    void stop() {
        signers.shutdownNow();
    }
}
