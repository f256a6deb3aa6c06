package dev.laurel.server.hooks;

/** The example events and mappings of the OpenAPI document: a Moodle course completion and an HR record. */
final class HookExamples {

    private HookExamples() {}

    /**
     * Moodle's {@code \core\event\course_completed} event data, as a webhook plugin sends it with the learner and the
     * course added. {@code objectid} is the course_completions row: one per learner and course.
     */
    static final String MOODLE_EVENT = """
            {
              "eventname": "\\\\core\\\\event\\\\course_completed",
              "component": "core",
              "action": "completed",
              "target": "course",
              "objecttable": "course_completions",
              "objectid": 8812,
              "crud": "u",
              "courseid": 7,
              "relateduserid": 42,
              "timecreated": 1782828300,
              "user": {"id": 42, "email": "ada@example.org", "fullname": "Ada Lovelace"},
              "course": {"id": 7, "fullname": "Workplace safety", "url": "https://moodle.example.edu/course/view.php?id=7"}
            }""";

    static final String MOODLE_MAPPING = """
            {
              "name": "Moodle: Workplace safety completed",
              "achievementId": "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7",
              "pointers": {
                "eventId": "/objectid",
                "recipientEmail": "/user/email",
                "recipientName": "/user/fullname",
                "evidence": "/course/url",
                "issuedOn": "/timecreated"
              },
              "condition": {"pointer": "/eventname", "equals": "\\\\core\\\\event\\\\course_completed"}
            }""";

    /** A certification an HR system recorded. */
    static final String HR_EVENT = """
            {
              "type": "certification.recorded",
              "record": {
                "id": "HR-2026-00042",
                "employee": {"email": "grace@example.com", "displayName": "Grace Hopper"},
                "certification": "Forklift safety",
                "completedOn": "2026-06-30",
                "evidence": "https://hr.example.com/records/HR-2026-00042"
              }
            }""";

    static final String HR_MAPPING = """
            {
              "name": "HR: forklift certification",
              "achievementId": "9e41c7a0-5d7b-4f4e-8b8a-2f0b1c9d3e11",
              "pointers": {
                "eventId": "/record/id",
                "recipientEmail": "/record/employee/email",
                "recipientName": "/record/employee/displayName",
                "evidence": "/record/evidence",
                "issuedOn": "/record/completedOn"
              },
              "condition": {"pointer": "/type", "equals": "certification.recorded"},
              "format": "jwt"
            }""";

    static final String ISSUED = """
            {"id": "047a0672-75ba-463d-8026-73c3dba423f1",
             "url": "https://badges.example.org/c/047a0672-75ba-463d-8026-73c3dba423f1",
             "credential": {"@context": ["…"], "type": ["VerifiableCredential", "OpenBadgeCredential"], "proof": {}},
             "eventId": "8812", "replayed": false}""";

    static final String REPLAYED = """
            {"id": "047a0672-75ba-463d-8026-73c3dba423f1",
             "url": "https://badges.example.org/c/047a0672-75ba-463d-8026-73c3dba423f1",
             "credential": {"@context": ["…"], "type": ["VerifiableCredential", "OpenBadgeCredential"], "proof": {}},
             "eventId": "8812", "replayed": true}""";

    static final String IGNORED = """
            {"issued": false, "reason": "condition-not-met", "eventId": "8813"}""";

    static final String POINTER_MISSING = """
            {"type": "https://laurel.dev/problems/hook/pointer-missing", "title": "Value missing", "status": 422,
             "detail": "the event has no recipient email address at /user/email", "code": "hook.pointer-missing",
             "field": "recipientEmail", "pointer": "/user/email",
             "errors": [{"code": "hook.pointer-missing", "field": "recipientEmail", "pointer": "/user/email",
                         "message": "the event has no recipient email address at /user/email"}]}""";

    static final String DISABLED = """
            {"type": "https://laurel.dev/problems/hook/mapping-disabled", "title": "Mapping disabled", "status": 409,
             "detail": "The mapping 'Moodle: Workplace safety completed' is disabled: enable it to issue on its events.",
             "code": "hook.mapping-disabled"}""";

    static final String PREVIEW = """
            {"outcome": "issue", "enabled": true, "conditionMet": true, "eventId": "8812", "earlierCredentialId": null,
             "achievementId": "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7",
             "recipient": {"email": "ada@example.org", "name": "Ada Lovelace"}, "narrative": null,
             "evidence": ["https://moodle.example.edu/course/view.php?id=7"], "issuedOn": "2026-06-30",
             "format": null, "problems": []}""";

    static final String EVENTS = """
            {"items": [
              {"id": "3f6a2a8e-6a0e-4d8c-9d0b-1b6f0a7c2e55", "receivedAt": "2026-06-30T14:05:12.402113Z",
               "status": "failed", "eventId": "8813", "credentialId": null, "url": null, "recipient": null,
               "reason": "hook.pointer-missing", "message": "the event has no recipient email address at /user/email"},
              {"id": "a1c3b9f2-0f37-4c52-8d3e-6f1e2b7d9a10", "receivedAt": "2026-06-30T14:05:11.118530Z",
               "status": "skipped", "eventId": "8790", "credentialId": null, "url": null, "recipient": null,
               "reason": "condition-not-met", "message": "The event does not meet the mapping's condition."},
              {"id": "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f", "receivedAt": "2026-06-30T14:05:09.771902Z",
               "status": "issued", "eventId": "8812", "credentialId": "047a0672-75ba-463d-8026-73c3dba423f1",
               "url": "https://badges.example.org/c/047a0672-75ba-463d-8026-73c3dba423f1",
               "recipient": {"email": "ada@example.org", "name": "Ada Lovelace"}, "reason": null, "message": null}
            ]}""";
}
