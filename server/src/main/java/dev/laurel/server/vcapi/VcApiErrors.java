package dev.laurel.server.vcapi;

import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.server.issuing.SuppliedCredentials;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the VC-API's controllers, answered as JSON problem documents. */
@RestControllerAdvice(basePackageClasses = VcApiErrors.class)
class VcApiErrors {

    @ExceptionHandler(VcApiException.class)
    ResponseEntity<String> refused(VcApiException e) {
        return VcApiResponses.problemResponse(e.problem(), e.getMessage());
    }

    @ExceptionHandler(SuppliedCredentials.DuplicateCredentialIdException.class)
    ResponseEntity<String> duplicate(SuppliedCredentials.DuplicateCredentialIdException e) {
        return VcApiResponses.problemResponse(
                VcApiProblem.DUPLICATE_CREDENTIAL, e.getMessage() + ": give each credential its own id");
    }

    /** The credential passed the checks, but the JSON-LD processing of signing still refused it. */
    @ExceptionHandler(JsonLdException.class)
    ResponseEntity<String> unsignable(JsonLdException e) {
        return VcApiResponses.problemResponse(
                VcApiProblem.PROOF_GENERATION, "the credential cannot be signed: " + e.getMessage());
    }
}
