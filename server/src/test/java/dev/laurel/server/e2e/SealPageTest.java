package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An owner uploads the organization's e-seal on the certificate seal page, in Chromium: a wrong password is said so,
 * the right one seals with it. Screenshots at 1280 and 390 px go to {@code docs/certificates}.
 */
class SealPageTest extends ServerTest {

    private static final Path SHOTS = Path.of("../docs/certificates");
    private static final String PASSWORD = "seal file password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anOwnerUploadsTheOrganizationsESeal() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Seal College");
        byte[] p12 = pkcs12("Chromium Seal College");
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(base + "/organizations/" + issuer.organizationId() + "/settings");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certificate seal"))
                    .click();
            page.waitForURL("**/certificate-seal");
            assertThat(page.locator("main").textContent()).contains("Sealed with a self-signed certificate");

            page.getByLabel("PKCS#12 file").setInputFiles(new FilePayload("seal.p12", "application/x-pkcs12", p12));
            page.getByLabel("Password of the file").fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and seal with it"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("The password does not open this file.");
            Steps.widths(page, SHOTS, "seal-page-refused");

            page.getByLabel("PKCS#12 file").setInputFiles(new FilePayload("seal.p12", "application/x-pkcs12", p12));
            page.getByLabel("Password of the file").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and seal with it"))
                    .click();
            page.getByText("Your e-seal is uploaded").waitFor();
            assertThat(page.locator("main").textContent())
                    .contains("Sealed with your uploaded e-seal")
                    .contains("CN=Chromium Seal CA");
            Steps.widths(page, SHOTS, "seal-page");
        }
    }

    /** A PKCS#12 seal for {@code name} issued by "Chromium Seal CA", valid for a year from now. */
    private byte[] pkcs12(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair ca = generator.generateKeyPair();
        KeyPair seal = generator.generateKeyPair();
        X500Name caName = new X500Name("O=Laurel Tests,CN=Chromium Seal CA");
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                caName,
                                BigInteger.TEN,
                                Date.from(clock.instant().minus(1, ChronoUnit.DAYS)),
                                Date.from(clock.instant().plus(365, ChronoUnit.DAYS)),
                                new X500Name("O=" + name + ",CN=" + name),
                                seal.getPublic())
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation))
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", seal.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return out.toByteArray();
    }
}
