package dev.laurel.credentials.did;

/**
 * Resolves a verification method URL (a DID URL or an https URL) to its public key and controller.
 *
 * <p>Implementations never throw for unresolvable input: they return {@link Resolution.Unresolved} with a message.
 * They must be thread-safe. {@link DidResolver} is the default.
 */
@FunctionalInterface
public interface VerificationMethodResolver {

    Resolution resolve(String verificationMethodUrl);
}
