package dev.laurel.credentials.ob2;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.KeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CryptographicKey's {@code publicKeyPem} read as an RSA public key: a SubjectPublicKeyInfo ({@code BEGIN PUBLIC
 * KEY}) or a PKCS#1 key ({@code BEGIN RSA PUBLIC KEY}).
 */
final class PublicKeyPem {

    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----", Pattern.DOTALL);

    private PublicKeyPem() {}

    /** The outcome of {@link #read(String)}. */
    sealed interface Reading {
        record Read(RSAPublicKey key) implements Reading {}

        record Unreadable(String message) implements Reading {}
    }

    static Reading read(String pem) {
        Matcher matcher = PEM.matcher(pem.strip());
        if (!matcher.matches()) {
            return new Reading.Unreadable("publicKeyPem is not a PEM public key (-----BEGIN PUBLIC KEY----- ...)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            return new Reading.Unreadable("publicKeyPem is not valid base64: " + e.getMessage());
        }
        try {
            return switch (matcher.group(1)) {
                case "PUBLIC KEY" -> new Reading.Read(rsa(new X509EncodedKeySpec(der)));
                case "RSA PUBLIC KEY" -> new Reading.Read(pkcs1(der));
                default ->
                    new Reading.Unreadable(
                            "publicKeyPem holds a " + matcher.group(1) + ", not a PUBLIC KEY or RSA PUBLIC KEY");
            };
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return new Reading.Unreadable("publicKeyPem is not an RSA public key: " + e.getMessage());
        }
    }

    private static RSAPublicKey rsa(KeySpec spec) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
    }

    private static RSAPublicKey pkcs1(byte[] der) throws GeneralSecurityException {
        // Bouncy Castle's ASN.1 RSAPublicKey, named in full beside the JDK's interface of the same name
        var key = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(der);
        return rsa(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }
}
