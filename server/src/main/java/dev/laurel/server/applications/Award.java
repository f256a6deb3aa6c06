package dev.laurel.server.applications;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.platform.LaurelSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Issues the credential of an approved application through {@link Issuance}, as the organization's own rule: the
 * latest submission as its evidence, the rubric as the achievement's result descriptions, the level each criterion
 * achieved as its results (the lowest the approving reviewers chose: every one of them saw at least that), and the
 * approving reviewers' statements as its endorsements.
 */
@Component
class Award {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Issuance issuance;
    private final Statements statements;
    private final LaurelSettings settings;

    Award(Issuance issuance, Statements statements, LaurelSettings settings) {
        this.issuance = issuance;
        this.statements = statements;
        this.settings = settings;
    }

    CredentialId award(
            Application application, Rubric rubric, Submission latest, List<Review> approvals, String issuer) {
        Issuance.Recipient recipient = new Issuance.Recipient(
                        application.earnerEmail(), application.earnerName(), null, null, null, latest.urls())
                .assessed(new Issuance.Assessment(
                        evidence(application, rubric, latest),
                        descriptions(application, rubric),
                        results(application, rubric, approvals),
                        credentialId -> statements.endorse(credentialId, approvals, issuer)));
        return issuance.issue(Issuance.Issue.one(
                        application.organizationId(),
                        application.badgeId(),
                        new Actor.Rule(application.organizationId().value()),
                        recipient,
                        null))
                .getFirst()
                .id();
    }

    private List<ObjectNode> evidence(Application application, Rubric rubric, Submission latest) {
        List<ObjectNode> evidence = new ArrayList<>();
        if (!latest.statement().isEmpty()) {
            evidence.add(narrative("Statement", latest.statement()));
        }
        for (Rubric.Criterion criterion : rubric.criteria()) {
            String answer = latest.answers().get(criterion.id());
            if (answer != null) {
                evidence.add(narrative(criterion.name(), answer));
            }
        }
        for (Submission.File file : latest.files()) {
            evidence.add(NODES.objectNode()
                    .put("id", settings.url("/applications/" + application.id() + "/evidence/" + file.id()))
                    .put("type", "Evidence")
                    .put("name", file.name()));
        }
        return evidence;
    }

    private static ObjectNode narrative(String name, String text) {
        return NODES.objectNode().put("type", "Evidence").put("name", name).put("narrative", text);
    }

    private List<ObjectNode> descriptions(Application application, Rubric rubric) {
        List<ObjectNode> descriptions = new ArrayList<>();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            ObjectNode description = NODES.objectNode()
                    .put("id", iri(application, criterion.id()))
                    .put("type", "ResultDescription")
                    .put("name", criterion.name())
                    .put("resultType", "RubricCriterionLevel");
            for (Rubric.Level level : criterion.levels()) {
                description
                        .withArray("rubricCriterionLevel")
                        .addObject()
                        .put("id", iri(application, level.id()))
                        .put("type", "RubricCriterionLevel")
                        .put("name", level.name())
                        .put("points", String.valueOf(level.points()));
            }
            descriptions.add(description);
        }
        return descriptions;
    }

    private List<ObjectNode> results(Application application, Rubric rubric, List<Review> approvals) {
        List<ObjectNode> results = new ArrayList<>();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            Rubric.Level lowest = null;
            for (Review review : approvals) {
                Rubric.Level level = criterion.level(review.scores().getOrDefault(criterion.id(), ""));
                if (level != null && (lowest == null || level.points() < lowest.points())) {
                    lowest = level;
                }
            }
            if (lowest != null) {
                results.add(NODES.objectNode()
                        .put("type", "Result")
                        .put("resultDescription", iri(application, criterion.id()))
                        .put("achievedLevel", iri(application, lowest.id())));
            }
        }
        return results;
    }

    /** A criterion's or level's IRI: the achievement's id (the badge's URL) with a fragment. */
    private String iri(Application application, String fragment) {
        return settings.url("/badges/" + application.badgeId() + "#" + fragment);
    }
}
