package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.SelectiveDisclosureSigner;
import dev.laurel.credentials.proof.SuiteSigner;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.credentials.status.BitstringStatusList;
import dev.laurel.credentials.status.BitstringStatusListCredential;
import dev.laurel.credentials.status.BitstringStatusListEntry;
import dev.laurel.credentials.status.StatusPurpose;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes the verification fixtures in {@code src/test/resources/fixtures/verify}: one credential per failure class,
 * and the status lists they point to. Run {@code main} from the credentials module folder to regenerate them after a
 * deliberate change; the fixtures are committed, and {@link NegativeFixturesTest} reads them with its manifest.
 */
final class VerificationFixtures {

    static final String STATUS_BASE = "https://status.example/lists/";
    /** A status list URL the tests never serve. */
    static final String UNREACHABLE_LIST = "https://status.example/gone/revocation";

    static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    private static final int REVOKED_INDEX = 42;
    private static final int SUSPENDED_INDEX = 43;
    private static final int CLEAR_INDEX = 7;

    private final Path out;
    private final SigningKey issuer = FixtureKeys.issuer();
    private final SigningKey other = FixtureKeys.other();
    private final SigningKey p256 = FixtureKeys.p256();
    private final SigningKey p384 = FixtureKeys.p384();

    /** The proof suites with a valid and a tampered fixture each. */
    static final List<String> SUITES =
            List.of("Ed25519Signature2020", "eddsa-jcs-2022", "ecdsa-rdfc-2019", "ecdsa-jcs-2019");

    private static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";
    private static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

    private VerificationFixtures(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/verify");
        Files.createDirectories(dir.resolve("status"));
        new VerificationFixtures(dir).writeAll();
    }

    private void writeAll() throws IOException {
        writeStatusLists();
        ObjectNode valid = base(StatusPurpose.REVOCATION, CLEAR_INDEX);
        json("valid.json", sign(valid, issuer));
        text("valid.jwt", VcJwt.sign(valid, issuer, issuer.publicKey().didKeyVerificationMethod()));

        ObjectNode tampered = sign(valid, issuer);
        achievement(tampered).put("name", "Teamwork Champion");
        json("tampered-value.json", tampered);

        ObjectNode added = sign(valid, issuer);
        achievement(added).put("awardedBy", "Someone Else");
        json("added-property.json", added);

        ObjectNode addedType = sign(valid, issuer);
        ((ArrayNode) addedType.get("type")).add("GoldStandardCredential");
        json("added-type.json", addedType);

        json("wrong-key.json", sign(valid, other, issuer.publicKey().didKeyVerificationMethod()));

        json("issuer-not-controller.json", sign(valid, other));

        ObjectNode expired = valid.deepCopy();
        expired.put("validUntil", "2026-06-30T00:00:00Z");
        json("expired.json", sign(expired, issuer));

        ObjectNode future = valid.deepCopy();
        future.put("validFrom", "2027-01-01T00:00:00Z");
        json("not-yet-valid.json", sign(future, issuer));

        json("revoked.json", sign(base(StatusPurpose.REVOCATION, REVOKED_INDEX), issuer));
        json("suspended.json", sign(base(StatusPurpose.SUSPENSION, SUSPENDED_INDEX), issuer));

        ObjectNode unreachable = valid.deepCopy();
        unreachable.set(
                "credentialStatus",
                BitstringStatusListEntry.forIndex(UNREACHABLE_LIST, StatusPurpose.REVOCATION, CLEAR_INDEX)
                        .toJson());
        json("status-unreachable.json", sign(unreachable, issuer));

        ObjectNode unknownContext = sign(valid, issuer);
        ((ArrayNode) unknownContext.get("@context")).add("https://contexts.example/badges/v1.json");
        json("unknown-context.json", unknownContext);

        ObjectNode noDescription = valid.deepCopy();
        achievement(noDescription).remove("description");
        json("schema-violation.json", sign(noDescription, issuer));

        ObjectNode anonymous = valid.deepCopy();
        ((ObjectNode) anonymous.get("credentialSubject")).remove("id");
        json("subject-not-identified.json", sign(anonymous, issuer));

        ObjectNode otherSuite = sign(valid, issuer);
        ((ObjectNode) otherSuite.get("proof")).put("cryptosuite", "bbs-2023");
        json("unknown-cryptosuite.json", otherSuite);

        writeSuites(valid);
        writeSelectiveDisclosure(valid);
        writeProofSets(valid);
        writeVc11(valid);
        writeEmbeddedContexts(valid);
        writeNotUtf8(valid);
        writeJwtKeys(valid);
        writeStatusListDetails(valid);
        writeOpenBadges2();
        writeOpenBadges1();
        new LegacyAssertionFixtures(out).writeAll();
        ObjectNode unknownSchema = valid.deepCopy();
        unknownSchema
                .putObject("credentialSchema")
                .put("id", "https://schemas.example/badge-1.0.json")
                .put("type", "JsonSchema");
        json("schema-not-bundled.json", sign(unknownSchema, issuer));
        ObjectNode generic = unknownSchema.deepCopy();
        generic.set("type", Json.MAPPER.createArrayNode().add("VerifiableCredential"));
        json("schema-not-bundled-generic.json", sign(generic, issuer));
        // context-3.0.1 redefines protected VC 2.0 terms: it goes with the VC 1.1 context only.
        ObjectNode older = valid.deepCopy();
        ((ArrayNode) older.get("@context")).set(1, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");
        json("ob3-context-3.0.2.json", sign(older, issuer));

        String signedText = Json.writePretty(sign(valid, issuer));
        text("malformed.json", signedText.substring(0, signedText.length() / 2));

        String jwt = VcJwt.sign(valid, issuer, issuer.publicKey().didKeyVerificationMethod());
        text("tampered.jwt", tamperJwtPayload(jwt));

        byte[] png = bake(png(), signedText);
        Files.write(out.resolve("valid.png"), png);
        Files.write(out.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(out.resolve("valid.svg"), bake(svg().getBytes(StandardCharsets.UTF_8), signedText));
        Files.write(out.resolve("xxe.svg"), Fixtures.bytes("bake/xxe-local-file.svg"));
    }

    /**
     * Per proof suite besides eddsa-rdfc-2022, the valid credential signed with it by a key its issuer controls, and
     * a copy with one claim changed. Without a status entry: the status lists are signed by the Ed25519 issuer.
     */
    private void writeSuites(ObjectNode valid) throws IOException {
        for (String suite : SUITES) {
            for (SigningKey key : suite.startsWith("ecdsa") ? List.of(p256, p384) : List.of(issuer)) {
                ObjectNode credential = valid.deepCopy();
                credential.remove("credentialStatus");
                ((ObjectNode) credential.get("issuer"))
                        .put("id", key.publicKey().didKey());
                if (suite.equals("Ed25519Signature2020")) {
                    ((ArrayNode) credential.get("@context")).add(ED25519_2020_CONTEXT);
                }
                String name = suite.equals("Ed25519Signature2020") ? "ed25519-signature-2020" : suite;
                if (suite.startsWith("ecdsa")) {
                    name += key.type() == KeyType.P256 ? "-p256" : "-p384";
                }
                ObjectNode signed = SuiteSigner.sign(
                        credential,
                        key,
                        suite,
                        ProofOptions.assertion(key.publicKey().didKeyVerificationMethod(), SIGNED));
                json("valid-" + name + ".json", signed);
                achievement(signed).put("name", "Teamwork Champion");
                json("tampered-" + name + ".json", signed);
            }
        }
    }

    /**
     * The valid credential shown with an {@code ecdsa-sd-2023} derived proof by the P-256 issuer (its issuer and types
     * mandatory, the rest selectively disclosed), a copy with a disclosed claim changed, and the same credential with
     * the base proof, which is the holder's and no verifier's to accept.
     */
    private void writeSelectiveDisclosure(ObjectNode valid) throws IOException {
        ObjectNode credential = valid.deepCopy();
        credential.remove("credentialStatus");
        ((ObjectNode) credential.get("issuer")).put("id", p256.publicKey().didKey());
        ProofOptions options = ProofOptions.assertion(p256.publicKey().didKeyVerificationMethod(), SIGNED);
        ObjectNode derived = SelectiveDisclosureSigner.derive(
                credential,
                p256,
                options,
                statement -> statement.contains("<https://www.w3.org/2018/credentials#issuer>")
                        || statement.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"));
        json("valid-ecdsa-sd-2023.json", derived);
        achievement(derived).put("name", "Teamwork Champion");
        json("tampered-ecdsa-sd-2023.json", derived);
        json("base-ecdsa-sd-2023.json", SelectiveDisclosureSigner.base(credential, p256, options));
    }

    /**
     * The valid credential as a VC Data Model 1.1 one, as Open Badges 3.0 issuers wrote them before VC 2.0: the VC 1.1
     * context first, {@code issuanceDate} and {@code expirationDate}; signed with {@code Ed25519Signature2020} (the
     * Digital Credentials Consortium's form) and with {@code eddsa-rdfc-2022}; a changed copy, an expired one, and one
     * the 1EdTech schema refuses even read as VC 2.0 (a warning only: that schema describes the VC 2.0 form).
     * Without a status entry: the Bitstring Status List terms are VC 2.0's.
     */
    private void writeVc11(ObjectNode valid) throws IOException {
        ObjectNode credential = valid.deepCopy();
        credential.remove("credentialStatus");
        credential.set("issuanceDate", credential.remove("validFrom"));
        ObjectNode ed25519 = credential.deepCopy();
        ed25519.set(
                "@context",
                Json.MAPPER
                        .createArrayNode()
                        .add(VC_V1)
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context.json")
                        .add(ED25519_2020_CONTEXT));
        json("vc11-ed25519-signature-2020.json", suite(ed25519, "Ed25519Signature2020"));
        credential.set(
                "@context",
                Json.MAPPER
                        .createArrayNode()
                        .add(VC_V1)
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                        .add("https://w3id.org/security/data-integrity/v2"));
        ObjectNode signed = suite(credential, "eddsa-rdfc-2022");
        json("vc11-eddsa-rdfc-2022.json", signed);
        achievement(signed).put("name", "Teamwork Champion");
        json("vc11-tampered.json", signed);
        ObjectNode expired = credential.deepCopy();
        expired.put("expirationDate", "2026-06-30T00:00:00Z");
        json("vc11-expired.json", suite(expired, "eddsa-rdfc-2022"));
        ObjectNode noDescription = credential.deepCopy();
        achievement(noDescription).remove("description");
        json("vc11-schema-differs.json", suite(noDescription, "eddsa-rdfc-2022"));
    }

    /**
     * Embedded {@code @context} objects: one defining a term of its own, signed with it; and a signed credential to
     * which a context redefining a term the VC 2.0 context protects was added ({@code name}, {@code
     * VerifiableCredential}).
     */
    private void writeEmbeddedContexts(ObjectNode valid) throws IOException {
        ObjectNode extra = valid.deepCopy();
        extra.remove("credentialStatus");
        ObjectNode defined = Json.MAPPER.createObjectNode();
        defined.put("awardedBy", "https://contexts.example/terms#awardedBy");
        ((ArrayNode) extra.get("@context")).add(defined);
        achievement(extra).put("awardedBy", "The Teamwork Guild");
        json("embedded-context.json", suite(extra, "eddsa-rdfc-2022"));
        for (String term : List.of("name", "VerifiableCredential")) {
            ObjectNode redefining = suite(valid, "eddsa-rdfc-2022");
            ObjectNode context = Json.MAPPER.createObjectNode();
            context.put(term, "https://contexts.example/terms#" + term);
            ((ArrayNode) redefining.get("@context")).add(context);
            json("embedded-context-redefines-" + term + ".json", redefining);
        }
    }

    private ObjectNode suite(ObjectNode credential, String suite) {
        return SuiteSigner.sign(
                credential,
                issuer,
                suite,
                ProofOptions.assertion(issuer.publicKey().didKeyVerificationMethod(), SIGNED));
    }

    /** Proof sets and chains: co-signed, chained, with an unknown proof, without the issuer, over the limits. */
    private void writeProofSets(ObjectNode valid) throws IOException {
        SigningKey cosigner = FixtureKeys.cosigner(0);
        ObjectNode set = add(valid, cosigner, null, null);
        json("proof-set.json", add(set, issuer, null, null));

        ObjectNode chain = add(valid, cosigner, "urn:uuid:6a1d2b0e-0c1f-4f7e-9f8e-000000000001", null);
        json("proof-chain.json", add(chain, issuer, null, "urn:uuid:6a1d2b0e-0c1f-4f7e-9f8e-000000000001"));
        json("proof-chain-broken.json", add(valid, issuer, null, "urn:uuid:6a1d2b0e-0c1f-4f7e-9f8e-000000000009"));

        ObjectNode unknown = sign(valid, issuer);
        ObjectNode other = Json.MAPPER.createObjectNode();
        other.put("type", "BbsBlsSignature2020");
        other.put("created", "2026-01-01T00:00:00Z");
        other.put("verificationMethod", cosigner.publicKey().didKeyVerificationMethod());
        other.put("proofPurpose", "assertionMethod");
        other.put(
                "proofValue",
                "kAkloZSlK79ARnlx54tPqmQyy6G7/36xU/LZgrdVmCqqI9M0muKLxkaHNsgVDBBvYp85VT3uouLFSXPMr7Stjgq62+OCunba7bNdGfhM/FUsx9zpfRtw7jeE182CN1cZakOoSVsQz61c16zQikXM3w==");
        ArrayNode proofs =
                Json.MAPPER.createArrayNode().add(unknown.get("proof")).add(other);
        unknown.set("proof", proofs);
        json("proof-set-unknown-type.json", unknown);

        json("proof-set-without-issuer.json", add(set, FixtureKeys.cosigner(1), null, null));

        ObjectNode many = valid.deepCopy();
        for (int n = 0; n < 6; n++) {
            many = add(many, FixtureKeys.cosigner(n), null, null);
        }
        json("proof-set-over-limit.json", many);
    }

    /**
     * A credential whose achievement name holds U+FFFD, signed, with the three bytes of that character replaced by one
     * byte that is not UTF-8: a decoder that substitutes U+FFFD reads the signed credential back (RFC 8259 §8.1).
     */
    private void writeNotUtf8(ObjectNode valid) throws IOException {
        ObjectNode credential = valid.deepCopy();
        achievement(credential).put("name", "Teamwork \uFFFD Badge");
        byte[] signed = (Json.writePretty(sign(credential, issuer)) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("not-utf8.json"), replaceReplacementCharacter(signed));
        String jwt = VcJwt.sign(credential, issuer, issuer.publicKey().didKeyVerificationMethod());
        String[] parts = jwt.split("\\.");
        byte[] payload =
                replaceReplacementCharacter(java.util.Base64.getUrlDecoder().decode(parts[1]));
        text(
                "not-utf8.jwt",
                parts[0] + "."
                        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2]);
    }

    /**
     * VC-JWTs with the key in the header ({@code jwk}, no {@code kid}) by an issuer whose JWK Set lists that key, and
     * by one whose set does not; and VC-JWTs without the {@code sub} claim, in the VC 2.0 and the VC 1.1 {@code vc}
     * claim forms.
     */
    private void writeJwtKeys(ObjectNode valid) throws IOException {
        ObjectNode credential = valid.deepCopy();
        credential.remove("credentialStatus");
        ((ObjectNode) credential.get("issuer")).put("id", HOSTED_ISSUER);
        ObjectNode jwkHeader =
                Json.MAPPER.createObjectNode().put("alg", "EdDSA").put("typ", "JWT");
        jwkHeader.set("jwk", Json.MAPPER.readTree(issuer.publicKey().toJwk().toJSONString()));
        text("jwk-header-published.jwt", resign(VcJwt.sign(credential, issuer, "unused"), jwkHeader, null, issuer));
        ObjectNode otherHeader = jwkHeader.deepCopy();
        otherHeader.set("jwk", Json.MAPPER.readTree(other.publicKey().toJwk().toJSONString()));
        text("jwk-header-unpublished.jwt", resign(VcJwt.sign(credential, other, "unused"), otherHeader, null, other));
        ObjectNode jwks = Json.MAPPER.createObjectNode();
        ObjectNode published =
                (ObjectNode) Json.MAPPER.readTree(issuer.publicKey().toJwk().toJSONString());
        published.put("iss", HOSTED_ISSUER);
        jwks.putArray("keys").add(published);
        Files.createDirectories(out.resolve("hosted/issuer.example/.well-known"));
        json("hosted/issuer.example/.well-known/jwks.json", jwks);

        String kid = issuer.publicKey().didKeyVerificationMethod();
        ObjectNode kidHeader =
                Json.MAPPER.createObjectNode().put("kid", kid).put("typ", "JWT").put("alg", "EdDSA");
        String signed = VcJwt.sign(valid, issuer, kid);
        ObjectNode withoutSub = payload(signed);
        withoutSub.remove("sub");
        text("jwt-without-sub.jwt", resign(signed, kidHeader, withoutSub, issuer));
        ObjectNode vcClaim = Json.MAPPER.createObjectNode();
        vcClaim.put("iss", withoutSub.get("iss").asText());
        vcClaim.put("jti", withoutSub.get("jti").asText());
        vcClaim.put("nbf", withoutSub.get("nbf").asLong());
        vcClaim.set("vc", valid);
        text("vc-claim-without-sub.jwt", resign(signed, kidHeader, vcClaim, issuer));
    }

    /** An issuer named by an https URL, whose JWK Set the tests serve. */
    static final String HOSTED_ISSUER = "https://issuer.example/issuers/1";

    private static ObjectNode payload(String jwt) {
        return (ObjectNode) Json.parse(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** The JWT with another header and (when given) payload, signed again with {@code key}. */
    private static String resign(String jwt, ObjectNode header, ObjectNode payload, SigningKey key) {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String input = base64.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + (payload == null
                        ? jwt.split("\\.")[1]
                        : base64.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8)));
        return input + "." + base64.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The bytes with the UTF-8 encoding of U+FFFD (EF BF BD) replaced by the single byte FF. */
    private static byte[] replaceReplacementCharacter(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (i + 2 < bytes.length
                    && (bytes[i] & 0xFF) == 0xEF
                    && (bytes[i + 1] & 0xFF) == 0xBF
                    && (bytes[i + 2] & 0xFF) == 0xBD) {
                out.write(0xFF);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static ObjectNode add(ObjectNode document, SigningKey key, String id, String previousProof) {
        return SuiteSigner.add(
                document,
                key,
                "eddsa-rdfc-2022",
                ProofOptions.assertion(key.publicKey().didKeyVerificationMethod(), SIGNED),
                id,
                previousProof);
    }

    /**
     * A status list issued by another than the credential's issuer, one whose id is not the URL it is served at (both
     * allowed by Bitstring Status List), and an entry whose statusListIndex is a number (a warning).
     */
    private void writeStatusListDetails(ObjectNode valid) throws IOException {
        Clock clock = Clock.fixed(SIGNED, ZoneOffset.UTC);
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);
        ObjectNode otherIssuer = BitstringStatusListCredential.of(
                        STATUS_BASE + "other-issuer", other.publicKey().didKey(), StatusPurpose.REVOCATION, list, clock)
                .toJson();
        json("status/other-issuer.json", sign(otherIssuer, other));
        ObjectNode otherId = BitstringStatusListCredential.of(
                        "https://status.example/canonical/revocation-1",
                        issuer.publicKey().didKey(),
                        StatusPurpose.REVOCATION,
                        list,
                        clock)
                .toJson();
        json("status/other-id.json", sign(otherId, issuer));
        for (String name : List.of("other-issuer", "other-id")) {
            ObjectNode credential = valid.deepCopy();
            credential.set(
                    "credentialStatus",
                    BitstringStatusListEntry.forIndex(STATUS_BASE + name, StatusPurpose.REVOCATION, CLEAR_INDEX)
                            .toJson());
            json("status-list-" + name + ".json", sign(credential, issuer));
        }
        ObjectNode numeric = valid.deepCopy();
        ((ObjectNode) numeric.get("credentialStatus")).put("statusListIndex", CLEAR_INDEX);
        json("status-index-number.json", sign(numeric, issuer));
    }

    /** The host of the Open Badges 2.0 fixtures' issuer; the fixture test serves {@code hosted/badges.example/}. */
    static final String OB2 = "https://badges.example";

    /**
     * Hosted Open Badges 2.0 assertions: on the issuer's host, on another port of it, on another host; with a
     * BadgeClass or issuer Profile that names itself by another id than its URL; with a wrong context; and a
     * BadgeClass and an issuer Profile given where an assertion is expected.
     */
    private void writeOpenBadges2() throws IOException {
        Files.createDirectories(out.resolve("hosted/badges.example/assertions"));
        Files.createDirectories(out.resolve("hosted/elsewhere.example/assertions"));
        ObjectNode issuerProfile = ob2("Issuer", OB2 + "/issuer.json")
                .put("name", "Example Badge Issuer")
                .put("url", OB2)
                .put("email", "badges@badges.example");
        json("hosted/badges.example/issuer.json", issuerProfile);
        json(
                "hosted/badges.example/issuer-renamed.json",
                issuerProfile.deepCopy().put("id", OB2 + "/profiles/1"));
        ObjectNode badge = ob2("BadgeClass", OB2 + "/badge.json")
                .put("name", "Teamwork Badge")
                .put("description", "Worked well in a team.")
                .put("image", OB2 + "/badge.png")
                .put("criteria", OB2 + "/criteria.html")
                .put("issuer", OB2 + "/issuer.json");
        json("hosted/badges.example/badge.json", badge);
        json("hosted/badges.example/badge-renamed.json", badge.deepCopy().put("id", OB2 + "/badges/1"));
        json(
                "hosted/badges.example/badge-of-renamed-issuer.json",
                badge.deepCopy()
                        .put("id", OB2 + "/badge-of-renamed-issuer.json")
                        .put("issuer", OB2 + "/issuer-renamed.json"));

        hostedAssertion("ob2-hosted.json", OB2 + "/assertions/hosted.json", "badge.json", null);
        hostedAssertion(
                "ob2-other-port.json", "https://badges.example:8443/assertions/other-port.json", "badge.json", null);
        hostedAssertion(
                "ob2-other-host.json", "https://elsewhere.example/assertions/other-host.json", "badge.json", null);
        hostedAssertion("ob2-badge-renamed.json", OB2 + "/assertions/badge-renamed.json", "badge-renamed.json", null);
        hostedAssertion(
                "ob2-issuer-renamed.json",
                OB2 + "/assertions/issuer-renamed.json",
                "badge-of-renamed-issuer.json",
                null);
        hostedAssertion(
                "ob2-wrong-context.json",
                OB2 + "/assertions/wrong-context.json",
                "badge.json",
                "https://contexts.example/badges/v2");
        json("ob2-badge-class.json", badge);
        json("ob2-issuer.json", issuerProfile);
    }

    static final String OB1 = "https://legacy.example";
    private static final String OB1_SALT = "deadsea";

    /**
     * Open Badges 1.x hosted assertions, with their BadgeClasses and issuers, as the 1EdTech validator upgrades them to
     * 2.0: a 1.1 one in the {@code https://w3id.org/openbadges/v1} context (a date-only issuedOn); a 1.0 one of the
     * Mozilla Backpack era without a context (recipient a salted {@code sha256$} string, issuedOn Unix seconds, no
     * ids), also baked in a PNG; and that 1.0 assertion given with another issuedOn than the issuer hosts.
     */
    private void writeOpenBadges1() throws IOException {
        Files.createDirectories(out.resolve("hosted/legacy.example/assertions"));
        Files.createDirectories(out.resolve("hosted/legacy.example/v1-0"));
        String hash = "sha256$" + sha256("learner@example.org" + OB1_SALT);

        ObjectNode issuer = ob1("Issuer", OB1 + "/issuer.json")
                .put("name", "Legacy Badge Issuer")
                .put("url", OB1)
                .put("email", "badges@legacy.example");
        json("hosted/legacy.example/issuer.json", issuer);
        ObjectNode badge = ob1("BadgeClass", OB1 + "/badge.json")
                .put("name", "Robotics Badge")
                .put("description", "Built a robot in 2015.")
                .put("image", OB1 + "/badge.png")
                .put("criteria", OB1 + "/criteria.html")
                .put("issuer", OB1 + "/issuer.json");
        json("hosted/legacy.example/badge.json", badge);
        String v11Url = OB1 + "/assertions/v1-1.json";
        ObjectNode v11 = ob1("Assertion", v11Url).put("uid", "v1-1");
        v11.putObject("recipient")
                .put("type", "email")
                .put("hashed", true)
                .put("salt", OB1_SALT)
                .put("identity", hash);
        v11.put("badge", OB1 + "/badge.json");
        v11.putObject("verify").put("type", "hosted").put("url", v11Url);
        v11.put("issuedOn", "2015-04-30");
        json("ob1-1.1-hosted.json", v11);
        json("hosted/legacy.example/assertions/v1-1.json", v11);

        json(
                "hosted/legacy.example/v1-0/issuer.json",
                Json.MAPPER
                        .createObjectNode()
                        .put("name", "Legacy Badge Issuer")
                        .put("url", OB1)
                        .put("email", "badges@legacy.example"));
        json(
                "hosted/legacy.example/v1-0/badge.json",
                Json.MAPPER
                        .createObjectNode()
                        .put("name", "Robotics Badge")
                        .put("description", "Built a robot in 2013.")
                        .put("image", OB1 + "/badge.png")
                        .put("criteria", OB1 + "/criteria.html")
                        .put("issuer", OB1 + "/v1-0/issuer.json"));
        String v10Url = OB1 + "/assertions/v1-0.json";
        ObjectNode v10 = Json.MAPPER.createObjectNode().put("uid", "v1-0");
        v10.put("recipient", hash);
        v10.put("salt", OB1_SALT);
        v10.put("badge", OB1 + "/v1-0/badge.json");
        v10.putObject("verify").put("type", "hosted").put("url", v10Url);
        v10.put("issuedOn", 1359217910);
        json("ob1-1.0-no-context.json", v10);
        json("hosted/legacy.example/assertions/v1-0.json", v10);
        Files.write(out.resolve("ob1-1.0-baked.png"), bake(png(), Json.writePretty(v10), true));
        json("ob1-1.0-differs.json", v10.deepCopy().put("issuedOn", 1359217911));
    }

    private static ObjectNode ob1(String type, String id) {
        return Json.MAPPER
                .createObjectNode()
                .put("@context", "https://w3id.org/openbadges/v1")
                .put("type", type)
                .put("id", id);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode ob2(String type, String id) {
        return Json.MAPPER
                .createObjectNode()
                .put("@context", "https://w3id.org/openbadges/v2")
                .put("type", type)
                .put("id", id);
    }

    /** An assertion given as {@code name} and served, the same, at its id. */
    private void hostedAssertion(String name, String id, String badge, String context) throws IOException {
        ObjectNode assertion = ob2("Assertion", id);
        if (context != null) {
            assertion.put("@context", context);
        }
        assertion
                .putObject("recipient")
                .put("type", "email")
                .put("hashed", false)
                .put("identity", "learner@example.org");
        assertion.put("issuedOn", "2026-01-01T00:00:00Z");
        assertion.put("badge", OB2 + "/" + badge);
        assertion.putObject("verification").put("type", "hosted");
        json(name, assertion);
        java.net.URI url = java.net.URI.create(id);
        json("hosted/" + url.getHost() + url.getPath(), assertion);
    }

    private void writeStatusLists() throws IOException {
        Clock clock = Clock.fixed(SIGNED, ZoneOffset.UTC);
        String did = issuer.publicKey().didKey();
        for (StatusPurpose purpose : new StatusPurpose[] {StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION}) {
            BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);
            list.setStatus(purpose == StatusPurpose.REVOCATION ? REVOKED_INDEX : SUSPENDED_INDEX, 1);
            String url = STATUS_BASE + purpose.value();
            ObjectNode credential = BitstringStatusListCredential.of(url, did, purpose, list, clock)
                    .toJson();
            json("status/" + purpose.value() + ".json", sign(credential, issuer));
        }
    }

    /**
     * The Open Badges 3.0 sample credential, issued by the fixture issuer, with one status entry: the 1EdTech schema
     * allows {@code credentialStatus} to be a single object only.
     */
    private ObjectNode base(StatusPurpose purpose, int index) {
        ObjectNode credential =
                Fixtures.object("spec/vectors/ob-v3p0-spec-examples/07-sample-openbadgecredential.json");
        credential.put("id", "urn:uuid:2d3b6a3e-4c7e-4c4b-9c43-1f7c2b1e0a11");
        ((ObjectNode) credential.get("issuer")).put("id", issuer.publicKey().didKey());
        credential.put("validFrom", "2026-01-01T00:00:00Z");
        credential.set(
                "credentialStatus",
                BitstringStatusListEntry.forIndex(STATUS_BASE + purpose.value(), purpose, index)
                        .toJson());
        return credential;
    }

    private static ObjectNode achievement(ObjectNode credential) {
        return (ObjectNode) credential.get("credentialSubject").get("achievement");
    }

    private static ObjectNode sign(JsonNode credential, SigningKey key) {
        return sign(credential, key, key.publicKey().didKeyVerificationMethod());
    }

    private static ObjectNode sign(JsonNode credential, SigningKey key, String method) {
        return DataIntegrity.sign(credential, key, ProofOptions.assertion(method, SIGNED));
    }

    private static String tamperJwtPayload(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Teamwork Badge", "Leadership Badge");
        return parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static byte[] bake(byte[] image, String credential) {
        return bake(image, credential, false);
    }

    /** Bakes {@code credential}, as an Open Badges 1.x/2.0 assertion when {@code assertion}. */
    static byte[] bake(byte[] image, String credential, boolean assertion) {
        BadgePayload payload =
                assertion ? BadgePayload.assertion(credential) : BadgePayload.openBadgeCredential(credential);
        return switch (Baker.bake(image, payload)) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                image.setRGB(x, y, 0xFF000000 | (x * 2) << 16 | (y * 2) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static String svg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\">\n"
                + "  <circle cx=\"48\" cy=\"48\" r=\"44\" fill=\"#2a6f4e\"/>\n"
                + "</svg>\n";
    }

    private void json(String name, JsonNode json) throws IOException {
        text(name, Json.writePretty(json));
    }

    private void text(String name, String content) throws IOException {
        write(out, name, content);
    }

    /** Writes {@code content} to {@code out/name}, ending it with a newline. */
    static void write(Path out, String name, String content) throws IOException {
        Files.writeString(out.resolve(name), content + (content.endsWith("\n") ? "" : "\n"), StandardCharsets.UTF_8);
    }
}
