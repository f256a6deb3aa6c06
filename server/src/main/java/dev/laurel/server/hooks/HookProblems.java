package dev.laurel.server.hooks;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The hooks API's failures as problems, written by the one mapper ({@link Problems}): the management API's codes where
 * the failure is the same ({@code api.validation}, {@code api.malformed-json}, {@code api.not-found}, {@code
 * api.unsupported-media-type}) and {@code hook.*} codes for what only hooks have ({@link HookError}, {@link
 * EventFault}).
 */
@RestControllerAdvice(assignableTypes = {HooksApi.class, HookMappingsApi.class})
class HookProblems {

    /** The event yields no credential: the first fault's code, its field and pointer, and every fault. */
    static Problem unprocessable(List<EventFault.At> faults) {
        EventFault.At first = faults.getFirst();
        return first.fault()
                .problem(
                        first.detail() + (faults.size() > 1 ? " (and " + (faults.size() - 1) + " more in errors)" : ""))
                .with("field", first.field())
                .with("pointer", first.pointer().text())
                .with(
                        "errors",
                        faults.stream()
                                .map(f -> {
                                    Map<String, Object> error = new LinkedHashMap<>();
                                    error.put("code", f.fault().code());
                                    error.put("field", f.field());
                                    error.put("pointer", f.pointer().text());
                                    error.put("message", f.detail());
                                    return error;
                                })
                                .toList());
    }

    static Problem disabled(HookMapping mapping) {
        return HookError.MAPPING_DISABLED.problem(
                "The mapping '" + mapping.name() + "' is disabled: enable it to issue on its events.");
    }

    static Problem tooMany() {
        return HookError.TOO_MANY_MAPPINGS.problem(
                "This organization has " + Hooks.MAX_MAPPINGS + " mappings, the most allowed; delete one first.");
    }

    @ExceptionHandler(Hooks.Invalid.class)
    ResponseEntity<?> invalid(Hooks.Invalid e, HttpServletRequest request) {
        return Problems.answer(
                ApiError.invalid(e.violations().stream()
                        .map(v -> new ApiError.Violation(v.field(), v.message()))
                        .toList()),
                request);
    }

    /** A mapping's body that is not JSON, or has a value of the wrong type (named, as validation names it). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return Problems.answer(ApiError.unreadable(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.answer(
                e.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? ApiError.notFound("mapping")
                        : ApiError.invalid(e.getName(), "is not a valid value"),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problems.answer(ApiError.invalid(e.getParameterName(), "is required"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return Problems.answer(ApiError.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/json."), request);
    }

    /** Issuing refuses what is not the key's organization's: to the API that is an unknown id. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<?> denied(AccessDeniedException e, HttpServletRequest request) {
        return Problems.answer(ApiError.notFound("mapping"), request);
    }
}
