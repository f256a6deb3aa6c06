package dev.laurel.server.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ssl.pem.PemContent;

/**
 * HTTPS served by Laurel itself: {@code LAUREL_TLS_CERT_FILE} (the PEM certificate chain) and {@code
 * LAUREL_TLS_KEY_FILE} (its unencrypted PEM private key) become Spring Boot's SSL bundle {@code laurel} on the server's
 * one port, which is then HTTPS only; {@code LAUREL_TLS_PORT} moves it. Both files are read and parsed before anything
 * starts, and a missing or unreadable one stops the start naming its setting.
 *
 * @param certificate the certificate file, or null when TLS is off
 * @param key the private key file, or null when TLS is off
 * @param port the port to serve on instead of the usual one, if set
 */
record Tls(Path certificate, Path key, Optional<Integer> port) {

    static final String BUNDLE = "laurel";

    /** The TLS settings of {@code env}; off when neither file is set. */
    static Tls from(Map<String, String> env) {
        String certificate = blankToNull(env.get("LAUREL_TLS_CERT_FILE"));
        String key = blankToNull(env.get("LAUREL_TLS_KEY_FILE"));
        Optional<Integer> port = port(env.get("LAUREL_TLS_PORT"));
        if (certificate == null && key == null) {
            if (port.isPresent()) {
                throw new SettingException(
                        "LAUREL_TLS_PORT is set but LAUREL_TLS_CERT_FILE and LAUREL_TLS_KEY_FILE are "
                                + "not: HTTPS needs a PEM certificate and its private key");
            }
            return new Tls(null, null, Optional.empty());
        }
        if (certificate == null) {
            throw new SettingException("LAUREL_TLS_CERT_FILE is not set: it must be the PEM certificate (chain) for "
                    + "the private key in LAUREL_TLS_KEY_FILE");
        }
        if (key == null) {
            throw new SettingException("LAUREL_TLS_KEY_FILE is not set: it must be the unencrypted PEM private key of "
                    + "the certificate in LAUREL_TLS_CERT_FILE");
        }
        Path certificateFile = Path.of(certificate).toAbsolutePath();
        Path keyFile = Path.of(key).toAbsolutePath();
        try {
            if (load(certificateFile, "LAUREL_TLS_CERT_FILE").getCertificates().isEmpty()) {
                throw new IllegalStateException("no certificate");
            }
        } catch (IllegalStateException e) {
            throw new SettingException(
                    "LAUREL_TLS_CERT_FILE: " + certificateFile + " holds no PEM certificate (" + e.getMessage() + ")");
        }
        try {
            if (load(keyFile, "LAUREL_TLS_KEY_FILE").getPrivateKey() == null) {
                throw new SettingException("LAUREL_TLS_KEY_FILE: " + keyFile + " holds no PEM private key");
            }
        } catch (IllegalStateException e) {
            throw new SettingException("LAUREL_TLS_KEY_FILE: " + keyFile
                    + " holds no readable, unencrypted PEM private " + "key (" + e.getMessage() + ")");
        }
        return new Tls(certificateFile, keyFile, port);
    }

    boolean enabled() {
        return certificate != null;
    }

    /** The scheme of the URLs this Laurel serves. */
    String scheme() {
        return enabled() ? "https" : "http";
    }

    /** The Spring arguments that turn HTTPS on (nothing when TLS is off); the port is the caller's to set. */
    List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        if (enabled()) {
            arguments.add("--spring.ssl.bundle.pem." + BUNDLE + ".keystore.certificate=file:" + certificate);
            arguments.add("--spring.ssl.bundle.pem." + BUNDLE + ".keystore.private-key=file:" + key);
            arguments.add("--server.ssl.bundle=" + BUNDLE);
        }
        return arguments;
    }

    private static PemContent load(Path file, String setting) {
        if (!Files.isReadable(file)) {
            throw new SettingException(setting + ": cannot read " + file + " (missing, or not readable by Laurel)");
        }
        try {
            String text = Files.readString(file);
            if (!PemContent.isPresentInText(text)) {
                throw new SettingException(setting + ": " + file + " is not PEM (-----BEGIN …-----)");
            }
            return PemContent.of(text);
        } catch (IOException e) {
            throw new SettingException(setting + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static Optional<Integer> port(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return Optional.of(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException("LAUREL_TLS_PORT must be a port number (1-65535), not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
