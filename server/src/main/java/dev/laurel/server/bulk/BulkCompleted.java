package dev.laurel.server.bulk;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A bulk issuing job finished: every row it was started with is issued, skipped (already issued) or failed. Announced
 * once, in the transaction that marks the job completed.
 */
@NamedInterface("events")
public record BulkCompleted(
        UUID organizationId, UUID jobId, UUID badgeId, int total, int issued, int skipped, int failed) {}
