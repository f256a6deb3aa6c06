package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import dev.laurel.server.certificates.CertificateDesign;
import dev.laurel.server.certificates.CertificateDesigns;
import dev.laurel.server.certificates.CertificateTemplate;
import dev.laurel.server.certificates.Certificates;
import dev.laurel.server.certificates.Orientation;
import dev.laurel.server.certificates.Paper;
import dev.laurel.server.certificates.TextBlock;
import dev.laurel.server.certificates.Typeface;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bulk file's own columns stay with each credential it issued, and its certificate shows them as {custom.COLUMN}. */
class CustomColumnsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    CustomColumns columns;

    @Autowired
    CertificateDesigns designs;

    @Autowired
    Certificates certificates;

    @Test
    void aCertificateShowsTheBulkRowsOwnColumns() throws Exception {
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Custom Columns College");
        designs.save(
                new OrganizationId(fixture.organizationId()),
                new BadgeId(fixture.badgeId()),
                new CertificateDesign(
                        CertificateTemplate.MINIMAL,
                        Paper.A4,
                        Orientation.LANDSCAPE,
                        null,
                        null,
                        false,
                        List.of(),
                        List.of(new TextBlock("Cohort {custom.Cohort Name}, seat {custom.seat}.", Typeface.SANS, 12)),
                        true,
                        true,
                        false));
        String email = uniqueEmail("cohort");
        BulkJob job = fixture.check("email,name,Cohort Name,Seat\n" + email + ",Mei Lin,Spring 2026,B-12\n");
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        assertThat(fixture.awaitFinished(job.id(), Duration.ofSeconds(90)).issued())
                .isEqualTo(1);
        CredentialId credential = new CredentialId(
                jdbc.sql("select credential_id from bulk_rows where job_id = :job and credential_id is not null")
                        .param("job", job.id())
                        .query(UUID.class)
                        .single());

        assertThat(columns.of(credential))
                .containsEntry("cohort_name", "Spring 2026")
                .containsEntry("seat", "B-12");
        try (PDDocument document = Loader.loadPDF(certificates.pdf(credential).orElseThrow())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Cohort Spring 2026, seat B-12.");
        }
        assertThat(columns.of(new CredentialId(UUID.randomUUID()))).isEmpty();
    }
}
