package dev.laurel.cli;

import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code laurel keygen}: a new key as {@code {"publicKeyMultibase","secretKeyMultibase"}}. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = "Generate a signing key: JSON {\"publicKeyMultibase\",\"secretKeyMultibase\"}.")
final class KeygenCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", defaultValue = "ed25519", description = "ed25519 (default) or p256")
    String type;

    @Option(names = "--out", description = "write the key to FILE (owner-readable only) instead of stdout")
    Path out;

    @Override
    public Integer call() {
        KeyType keyType;
        try {
            keyType = KeyType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SigningKey key = SigningKey.generate(keyType, new SecureRandom());
        String json = Json.writePretty(key.toJson()) + "\n";
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeSecret(out, json);
            spec.commandLine()
                    .getErr()
                    .println("wrote " + out + " (" + key.publicKey().didKey() + ")");
        }
        return Laurel.OK;
    }
}
