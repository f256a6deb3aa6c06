package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.issuing.BadgeDesigns;
import dev.laurel.server.issuing.CredentialStates;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Spring and other modules refuse in this package's controllers, as the API's problems ({@link ApiError}),
 * written by the one mapper ({@link Problems}): {@code api.validation} (with every wrong field named in {@code
 * errors}), {@code api.malformed-json}, {@code api.not-found}, {@code api.conflict}, {@code
 * api.unsupported-media-type}, {@code api.not-acceptable}. The controllers throw their own problems.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<?> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<ApiError.Violation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new ApiError.Violation(field(error.getField()), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> violations.add(new ApiError.Violation("", error.getDefaultMessage())));
        violations.sort(Comparator.comparing(ApiError.Violation::field));
        return Problems.answer(ApiError.invalid(violations), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<?> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<ApiError.Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> violations.add(new ApiError.Violation(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return Problems.answer(ApiError.invalid(violations), request);
    }

    /** Unreadable JSON, or JSON whose value has the wrong type for its field (named, as validation names it). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return Problems.answer(ApiError.unreadable(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.answer(
                e.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? ApiError.notFound("resource")
                        : ApiError.invalid(e.getName(), "is not a valid value"),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problems.answer(ApiError.invalid(e.getParameterName(), "is required"), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<?> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return Problems.answer(ApiError.invalid(e.getHeaderName(), "is required"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return Problems.answer(ApiError.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/json."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<?> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return Problems.answer(ApiError.NOT_ACCEPTABLE.problem("The API answers application/json."), request);
    }

    /** Issuing refuses what is not the key's organization's: to the API that is an unknown id. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<?> denied(AccessDeniedException e, HttpServletRequest request) {
        return Problems.answer(ApiError.notFound("resource"), request);
    }

    @ExceptionHandler(BadgeDesigns.InUseException.class)
    ResponseEntity<?> inUse(BadgeDesigns.InUseException e, HttpServletRequest request) {
        return Problems.answer(
                ApiError.CONFLICT.problem(
                        "Credentials were issued for this achievement, so it cannot be deleted; they name it."),
                request);
    }

    @ExceptionHandler(CredentialStates.NotAllowedException.class)
    ResponseEntity<?> wrongState(CredentialStates.NotAllowedException e, HttpServletRequest request) {
        return Problems.answer(
                ApiError.CONFLICT.problem("Not possible in the credential's state: " + e.getMessage() + "."), request);
    }

    /** {@code evidence[0].<list element>} as {@code evidence[0]}. */
    private static String field(String field) {
        return field.replace(".<list element>", "").replace("<list element>", "");
    }
}
