package dev.laurel.server.pathways;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Spring refuses in the pathways API, as problems written by the one mapper ({@link Problems}): the management
 * API's codes where the failure is the same ({@code api.validation} for a parameter), {@code pathway.not-found} for an
 * id that is not a pathway's. The controllers throw {@link PathwayError}'s problems themselves.
 */
@RestControllerAdvice(assignableTypes = {PathwaysApi.class, PathwayProgressApi.class})
class PathwayApiProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.answer(
                e.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? PathwayError.NOT_FOUND.problem("No such pathway in this organization.")
                        : ApiError.invalid(e.getName(), "is not a valid value"),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problems.answer(ApiError.invalid(e.getParameterName(), "is required"), request);
    }

    /** The organizations' access check refuses what is not the key's organization's: to the API, an unknown id. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<?> denied(AccessDeniedException e, HttpServletRequest request) {
        return Problems.answer(PathwayError.NOT_FOUND.problem("No such pathway in this organization."), request);
    }
}
