package dev.laurel.credentials.ob2;

import static dev.laurel.credentials.ob2.Reports.describe;
import static dev.laurel.credentials.ob2.Reports.failed;
import static dev.laurel.credentials.ob2.Reports.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedAssertionTest {

    private static final KeyPair ISSUER_KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();

    @Test
    void verifiesAnAssertionSignedWithTheIssuersKey() {
        try (IssuerSite site = signingSite()) {
            String jws = sign(site.signedAssertion(), ISSUER_KEY);

            VerificationReport report = site.verifier().verify(jws);

            assertThat(report.verified()).as(describe(report)).isTrue();
            assertThat(report.format()).isEqualTo("ob2 signed");
            assertThat(report.checks()).as(describe(report)).allMatch(check -> check instanceof CheckResult.Passed);
            assertThat(message(report, CheckId.PROOF)).contains("RS256", site.url(IssuerSite.KEY));
            assertThat(message(report, CheckId.ISSUER)).contains(site.url(IssuerSite.ISSUER));
            assertThat(report.credential()).contains(site.signedAssertion());
        }
    }

    @Test
    void findsTheKeyInTheIssuerProfileWhenTheAssertionNamesNoCreator() {
        try (IssuerSite site = signingSite()) {
            ObjectNode assertion = site.signedAssertion();
            assertion.withObject("verification").remove("creator");

            VerificationReport report = site.verifier().verifySigned(sign(assertion, ISSUER_KEY));

            assertThat(report.verified()).as(describe(report)).isTrue();
        }
    }

    @Test
    void failsProofWhenThePayloadWasTamperedWith() {
        try (IssuerSite site = signingSite()) {
            String[] parts = sign(site.signedAssertion(), ISSUER_KEY).split("\\.");
            ObjectNode forged = site.signedAssertion().put("issuedOn", "2016-01-01T00:00:00Z");
            String tampered = parts[0] + "." + base64url(Json.write(forged)) + "." + parts[2];

            VerificationReport report = site.verifier().verify(tampered);

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
            assertThat(message(report, CheckId.PROOF)).contains("signature does not match");
            assertThat(report.check(CheckId.ISSUER)).get().isInstanceOf(CheckResult.Skipped.class);
        }
    }

    @Test
    void failsProofWhenSignedWithAnotherKeyThanTheOneNamed() {
        try (IssuerSite site = signingSite()) {
            VerificationReport report = site.verifier().verify(sign(site.signedAssertion(), OTHER_KEY));

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
        }
    }

    @Test
    void failsIssuerWhenTheKeyIsOwnedByAnotherIssuer() {
        try (IssuerSite site = signingSite()) {
            site.publish(IssuerSite.KEY, key(site, ISSUER_KEY).put("owner", site.url("/another-issuer.json")));

            VerificationReport report = site.verifier().verify(sign(site.signedAssertion(), ISSUER_KEY));

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.ISSUER);
            assertThat(message(report, CheckId.ISSUER))
                    .contains("is owned by " + site.url("/another-issuer.json"))
                    .contains("not by the issuer " + site.url(IssuerSite.ISSUER));
        }
    }

    @Test
    void failsIssuerWhenTheIssuerDoesNotListTheKey() {
        try (IssuerSite site = signingSite()) {
            ObjectNode attackerKey = key(site, OTHER_KEY).put("id", site.url("/attacker-key.json"));
            site.publish("/attacker-key.json", attackerKey);
            ObjectNode assertion = site.signedAssertion();
            assertion.withObject("verification").put("creator", site.url("/attacker-key.json"));

            VerificationReport report = site.verifier().verify(sign(assertion, OTHER_KEY));

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.ISSUER);
            assertThat(message(report, CheckId.ISSUER)).contains("does not list the key");
        }
    }

    @Test
    void refusesUnsignedAndHmacJws() throws JOSEException {
        try (IssuerSite site = signingSite()) {
            String payload = base64url(Json.write(site.signedAssertion()));
            String none = base64url("{\"alg\":\"none\"}") + "." + payload + ".";
            JWSObject hmac =
                    new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Json.write(site.signedAssertion())));
            hmac.sign(new MACSigner(new byte[32]));

            for (String jws : new String[] {none, hmac.serialize()}) {
                VerificationReport report = site.verifier().verify(jws);

                assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
                assertThat(message(report, CheckId.PROOF)).contains("RS256 only");
            }
        }
    }

    @Test
    void failsProofWhenTheKeyCannotBeFetched() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            VerificationReport report = site.verifier().verify(sign(site.signedAssertion(), ISSUER_KEY));

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
            assertThat(message(report, CheckId.PROOF)).contains("could not fetch the CryptographicKey", "404");
        }
    }

    @Test
    void failsStatusWhenTheIssuersRevocationListListsTheSignedAssertion() {
        try (IssuerSite site = signingSite()) {
            ObjectNode assertion = site.signedAssertion().put("id", "urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418");

            VerificationReport report = site.verifier().verify(sign(assertion, ISSUER_KEY));

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.STATUS);
            assertThat(message(report, CheckId.STATUS)).contains("Honor code violation");
        }
    }

    @Test
    void readsAKeyPublishedInPkcs1Form() {
        try (IssuerSite site = signingSite()) {
            ObjectNode key = key(site, ISSUER_KEY).put("publicKeyPem", pkcs1Pem(ISSUER_KEY));
            site.publish(IssuerSite.KEY, key);

            VerificationReport report = site.verifier().verify(sign(site.signedAssertion(), ISSUER_KEY));

            assertThat(report.verified()).as(describe(report)).isTrue();
        }
    }

    @Test
    void failsFormatForAJwsWhosePayloadIsNotJson() {
        try (IssuerSite site = signingSite()) {
            String jws = base64url("{\"alg\":\"RS256\"}") + "." + base64url("not json") + ".c2ln";

            VerificationReport report = site.verifier().verify(jws);

            assertThat(failed(report)).containsExactly(CheckId.FORMAT);
            assertThat(message(report, CheckId.FORMAT)).contains("payload is not JSON");
        }
    }

    /** The spec examples' site with the issuer's real key published in place of the example's placeholder PEM. */
    private static IssuerSite signingSite() {
        IssuerSite site = IssuerSite.withSpecExamples();
        site.publish(IssuerSite.KEY, key(site, ISSUER_KEY));
        return site;
    }

    private static ObjectNode key(IssuerSite site, KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPublic().getEncoded());
        return site.key().put("publicKeyPem", "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
    }

    /** The RSA public key as PKCS#1 ({@code RSA PUBLIC KEY}): the subjectPublicKey inside the SubjectPublicKeyInfo. */
    private static String pkcs1Pem(KeyPair pair) {
        var info = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                pair.getPublic().getEncoded());
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(info.getPublicKeyData().getBytes());
        return "-----BEGIN RSA PUBLIC KEY-----\n" + body + "\n-----END RSA PUBLIC KEY-----";
    }

    private static String sign(ObjectNode assertion, KeyPair pair) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(Json.write(assertion)));
            jws.sign(new RSASSASigner(pair.getPrivate()));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
