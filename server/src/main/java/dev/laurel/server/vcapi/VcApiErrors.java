package dev.laurel.server.vcapi;

import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.server.issuing.SuppliedCredentials;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of other modules met by the VC-API's controllers, as {@link VcApiProblem}s written by the one mapper; the
 * controllers throw their own as {@code platform.Problem}.
 */
@RestControllerAdvice(basePackageClasses = VcApiErrors.class)
class VcApiErrors {

    @ExceptionHandler(SuppliedCredentials.DuplicateCredentialIdException.class)
    ResponseEntity<?> duplicate(SuppliedCredentials.DuplicateCredentialIdException e, HttpServletRequest request) {
        return Problems.answer(
                VcApiProblem.DUPLICATE_CREDENTIAL.problem(e.getMessage() + ": give each credential its own id"),
                request);
    }

    /** The credential passed the checks, but the JSON-LD processing of signing still refused it. */
    @ExceptionHandler(JsonLdException.class)
    ResponseEntity<?> unsignable(JsonLdException e, HttpServletRequest request) {
        return Problems.answer(
                VcApiProblem.PROOF_GENERATION.problem("the credential cannot be signed: " + e.getMessage()), request);
    }
}
