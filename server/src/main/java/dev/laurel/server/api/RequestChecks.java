package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.issuing.BadgeDesign;
import dev.laurel.server.issuing.BadgeDesigns;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.platform.UploadedImage;
import dev.laurel.server.signing.ProofFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks request bodies: the annotations and what they cannot say (criteria given one way or the other, the
 * achievement type, the image), collecting every wrong field before answering, each named as the request writes it.
 */
@Component
class RequestChecks {

    private static final Pattern DATA_URI =
            Pattern.compile("^data:(image/png|image/svg\\+xml)(;[^,;]+=[^,;]*)*;base64,(.*)$", Pattern.DOTALL);

    /** The longest base64 text that can decode to an acceptable image. */
    private static final int MAX_BASE64 = (UploadedImage.MAX_BYTES / 3 + 1) * 4;

    private final Validator validator;
    private final MessageSource messages;

    RequestChecks(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /**
     * The design an achievement request describes, with its checked image (null when none was sent).
     *
     * @throws Problem {@code api.validation} naming every wrong field
     */
    Design design(AchievementRequest request, boolean imageRequired) {
        List<ApiError.Violation> violations = annotations(request);
        AchievementRequest.Criteria criteria = request.criteria();
        if (criteria != null && blank(criteria.narrative()) && blank(criteria.url())) {
            violations.add(new ApiError.Violation("criteria", "needs a narrative or a url"));
        }
        if (!blank(request.achievementType()) && !BadgeDesign.ACHIEVEMENT_TYPES.contains(request.achievementType())) {
            violations.add(new ApiError.Violation(
                    "achievementType", "must be one of " + String.join(", ", BadgeDesign.ACHIEVEMENT_TYPES)));
        }
        UploadedImage.Checked image = null;
        if (blank(request.image())) {
            if (imageRequired) {
                violations.add(new ApiError.Violation("image", "is required"));
            }
        } else {
            image = image(request.image(), violations);
        }
        if (!violations.isEmpty()) {
            throw ApiError.invalid(sorted(violations));
        }
        try {
            return new Design(
                    new BadgeDesign(
                            request.name(),
                            request.description(),
                            criteria.narrative(),
                            criteria.url(),
                            request.achievementType(),
                            request.tags(),
                            request.skills(),
                            request.alignments() == null
                                    ? List.of()
                                    : request.alignments().stream()
                                            .map(a -> new dev.laurel.server.issuing.BadgeAlignment(
                                                    emptyToNull(a.framework()),
                                                    emptyToNull(a.code()),
                                                    a.name().strip(),
                                                    a.url().strip()))
                                            .toList(),
                            request.creditsAvailable(),
                            request.validityMonths(),
                            ProofFormat.parse(request.format() == null ? "di" : request.format())),
                    image);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("", e.getMessage());
        }
    }

    /** A design and its image, null when none was sent. */
    record Design(BadgeDesign design, UploadedImage.Checked image) {}

    /**
     * Checks a request's annotations.
     *
     * @throws Problem {@code api.validation} naming every wrong field
     */
    void check(Object request) {
        List<ApiError.Violation> violations = annotations(request);
        if (!violations.isEmpty()) {
            throw ApiError.invalid(sorted(violations));
        }
    }

    private List<ApiError.Violation> annotations(Object request) {
        List<ApiError.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            violations.add(
                    new ApiError.Violation(field(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        return violations;
    }

    /** A {@code data:image/png;base64,…} or {@code data:image/svg+xml;base64,…} URI, checked as the web form checks. */
    private UploadedImage.Checked image(String uri, List<ApiError.Violation> violations) {
        Matcher matcher = DATA_URI.matcher(uri.strip());
        if (!matcher.matches()) {
            violations.add(new ApiError.Violation(
                    "image", "must be a data: URI, data:image/png;base64,… or data:image/svg+xml;base64,…"));
            return null;
        }
        String base64 = matcher.group(3).replaceAll("\\s", "");
        byte[] bytes;
        if (base64.length() > MAX_BASE64) {
            bytes = new byte[UploadedImage.MAX_BYTES + 1];
        } else {
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                violations.add(new ApiError.Violation("image", "is not valid base64"));
                return null;
            }
        }
        return switch (BadgeDesigns.checkImage(bytes)) {
            case UploadedImage.Accepted accepted -> accepted.image();
            case UploadedImage.Refused refused -> {
                violations.add(new ApiError.Violation("image", refused.refusal().message(messages, Locale.ENGLISH)));
                yield null;
            }
        };
    }

    /** {@code tags[1].<list element>} as {@code tags[1]}. */
    private static String field(String path) {
        return path.replace(".<list element>", "").replace("<list element>", "");
    }

    private static List<ApiError.Violation> sorted(List<ApiError.Violation> violations) {
        return violations.stream()
                .sorted(Comparator.comparing(ApiError.Violation::field))
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
