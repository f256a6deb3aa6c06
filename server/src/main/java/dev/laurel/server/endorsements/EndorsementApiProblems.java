package dev.laurel.server.endorsements;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Spring and the access check refuse in the endorsements API, as problems written by the one mapper: an id that
 * is not a UUID is {@code endorsement.not-found}, a parameter of the wrong type {@code api.validation}, another
 * organization's endorsement {@code endorsement.not-found}.
 */
@RestControllerAdvice(assignableTypes = EndorsementsApi.class)
class EndorsementApiProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.answer(
                e.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? EndorsementError.NOT_FOUND.problem("No such endorsement.")
                        : ApiError.invalid(e.getName(), "is not a valid value"),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<?> denied(AccessDeniedException e, HttpServletRequest request) {
        return Problems.answer(EndorsementError.NOT_FOUND.problem("No such endorsement of yours."), request);
    }
}
