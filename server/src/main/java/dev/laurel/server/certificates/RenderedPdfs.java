package dev.laurel.server.certificates;

import dev.laurel.server.issuing.CredentialId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rendered certificate PDFs by the digest of what they were made from: one per credential, the newest (a credential
 * whose state, document or design changed has a new digest, and its old PDF goes). Thread-safe.
 */
@Repository
class RenderedPdfs {

    private final JdbcClient jdbc;
    private final Clock clock;

    RenderedPdfs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<byte[]> find(String digest) {
        return jdbc.sql("select pdf from certificate_pdfs where digest = :digest")
                .param("digest", digest)
                .query((rs, row) -> rs.getBytes("pdf"))
                .optional();
    }

    /** Keeps {@code pdf} as the credential's certificate, in place of any made from what it was before. */
    void keep(String digest, CredentialId credential, byte[] pdf) {
        jdbc.sql("delete from certificate_pdfs where credential_id = :id and digest <> :digest")
                .param("id", credential.value())
                .param("digest", digest)
                .update();
        jdbc.sql("""
                        insert into certificate_pdfs (digest, credential_id, pdf, created_at)
                        values (:digest, :id, :pdf, :now)
                        on conflict (digest) do nothing
                        """)
                .param("digest", digest)
                .param("id", credential.value())
                .param("pdf", pdf)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void forget(List<CredentialId> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        jdbc.sql("delete from certificate_pdfs where credential_id in (:ids)")
                .param("ids", credentials.stream().map(CredentialId::value).toList())
                .update();
    }
}
