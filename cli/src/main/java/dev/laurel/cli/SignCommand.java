package dev.laurel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code laurel sign}: a signed credential (Data Integrity) or a compact VC-JWT on stdout. */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Sign a credential: eddsa-rdfc-2022 Data Integrity proof (default) or VC-JWT.")
final class SignCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--key", required = true, description = "key file (laurel keygen, privateKeyMultibase, JWK)")
    Path keyFile;

    @Option(names = "--verification-method", description = "the key's URL (default: its did:key URL)")
    String verificationMethod;

    @Option(names = "--created", description = "proof creation time, ISO-8601 (default: now)")
    String created;

    @Option(names = "--format", defaultValue = "di", description = "di (Data Integrity, default) or jwt (VC-JWT)")
    String format;

    @Parameters(index = "0", paramLabel = "CREDENTIAL.json", description = "the unsigned credential")
    Path credentialFile;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        SigningKey key = readKey();
        JsonNode credential = Files.json(credentialFile);
        if (!credential.isObject()) {
            throw new UsageException(credentialFile + ": a credential must be a JSON object");
        }
        String method = verificationMethod != null
                ? verificationMethod
                : key.publicKey().didKeyVerificationMethod();
        String output;
        try {
            output = switch (format) {
                case "di" ->
                    Json.writePretty(DataIntegrity.sign(credential, key, ProofOptions.assertion(method, createdAt())));
                case "jwt" -> VcJwt.sign(credential, key, method);
                default -> throw new UsageException("unknown --format '" + format + "' (expected di or jwt)");
            };
        } catch (JsonLdException e) {
            throw new UsageException(credentialFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        warnIfIssuerDoesNotControl(credential, method);
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return Laurel.OK;
    }

    /** Verifiers bind the issuer to the key's controller; say so now rather than let verification fail later. */
    private void warnIfIssuerDoesNotControl(JsonNode credential, String method) {
        JsonNode issuer = credential.get("issuer");
        String issuerId = issuer == null
                ? null
                : issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
        String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
        if (issuerId != null && !issuerId.equals(controller)) {
            spec.commandLine()
                    .getErr()
                    .println("laurel: warning: the issuer " + issuerId + " does not control " + method
                            + " (its controller is " + controller + "): verifiers will fail the issuer check");
        }
    }

    private SigningKey readKey() {
        try {
            return SigningKey.fromJson(Files.json(keyFile));
        } catch (IllegalArgumentException e) {
            throw new UsageException(keyFile + ": " + e.getMessage(), e);
        }
    }

    private Instant createdAt() {
        if (created == null) {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return java.time.OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--created must be an ISO-8601 date-time with an offset, e.g. "
                    + "2026-01-01T00:00:00Z: " + created);
        }
    }
}
