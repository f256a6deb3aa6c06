package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.bulk.CustomColumns;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A credential's certificate sealed B-LT by the application's own {@link Certificates}, with a time-stamp authority
 * whose certificate a test CA issues (its OCSP responder and CRL served on a local port, trusted as an operator's
 * {@code laurel.fetch.trusted-hosts} would trust it): {@code /verify} passes its proof and names the seal's level, one
 * changed byte still breaks it, it is kept and served again without asking anyone; with the CA's responders down it is
 * served at B-T and not kept.
 */
class LongTermCertificatesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    IssuedCredentials credentials;

    @Autowired
    Badges badges;

    @Autowired
    Organizations organizations;

    @Autowired
    CertificateDesigns designs;

    @Autowired
    SealKeys sealKeys;

    @Autowired
    RenderedPdfs pdfs;

    @Autowired
    LaurelSettings settings;

    @Autowired
    CustomColumns columns;

    @Autowired
    Clock clock;

    private TestCertificateAuthority ca;
    private TestTimestampAuthority tsa;
    private Certificates certificates;

    @BeforeEach
    void start() throws Exception {
        ca = new TestCertificateAuthority();
        tsa = new TestTimestampAuthority(Clock.systemUTC(), ca);
        Seals seals = new Seals(
                sealKeys,
                new TimestampAuthority(tsa.url()),
                GuardedHttpFetcher.builder().allowPrivateAddresses(true).build());
        certificates =
                new Certificates(credentials, badges, organizations, designs, seals, pdfs, settings, columns, clock);
    }

    @AfterEach
    void stop() {
        tsa.close();
        ca.close();
    }

    @Test
    void aLongTermCertificateVerifiesNamesItsLevelAndIsKept() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Long Term Academy");
        UUID credential = api.issue(api.createAchievement("Welding Safety", "di"), "王小明", uniqueEmail("earner"));

        byte[] pdf = certificates.pdf(new CredentialId(credential)).orElseThrow();

        JsonNode report = CertificatesTest.verify(port, pdf);
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(CertificatesTest.check(report, "proof").get("status").asText())
                .isEqualTo("passed");
        JsonNode seal = CertificatesTest.check(report, "seal");
        assertThat(seal.get("status").asText()).isEqualTo("warning");
        assertThat(seal.get("message").asText())
                .contains("Long Term Academy")
                .contains("(PAdES B-LT)")
                .contains("by " + TestTimestampAuthority.NAME);
        assertThat(CertificatesTest.check(CertificatesTest.verify(port, CertificatesTest.flipOneByte(pdf)), "seal")
                        .get("status")
                        .asText())
                .isEqualTo("failed");

        int asked = tsa.answered();
        assertThat(certificates.pdf(new CredentialId(credential)).orElseThrow())
                .as("kept")
                .isEqualTo(pdf);
        assertThat(tsa.answered()).isEqualTo(asked);
    }

    @Test
    void withTheResponderDownTheCertificateIsServedAtBtAndNotKept() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Short Term Academy");
        UUID credential = api.issue(api.createAchievement("Welding Safety", "di"), "سارة", uniqueEmail("earner"));
        ca.down();

        byte[] pdf = certificates.pdf(new CredentialId(credential)).orElseThrow();

        JsonNode seal = CertificatesTest.check(CertificatesTest.verify(port, pdf), "seal");
        assertThat(seal.get("message").asText()).contains("(PAdES B-T)");
        assertThat(jdbc.sql("select count(*) from certificate_pdfs where credential_id = :id")
                        .param("id", credential)
                        .query(Integer.class)
                        .single())
                .isZero();
        int asked = tsa.answered();
        certificates.pdf(new CredentialId(credential)).orElseThrow();
        assertThat(tsa.answered()).as("made again").isEqualTo(asked + 1);
    }
}
