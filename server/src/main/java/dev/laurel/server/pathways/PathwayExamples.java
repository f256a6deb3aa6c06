package dev.laurel.server.pathways;

/** The pathways API's examples in the OpenAPI document: requests and answers as docs/api/management.md shows them. */
final class PathwayExamples {

    private PathwayExamples() {}

    static final String CONTRACT = """
            {"name": "Data Analyst", "description": "From spreadsheets to models.",
             "goal": "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7",
             "steps": {"all": [
               {"achievement": "0d9a6c1e-3b7f-4e21-a8c4-5f6b7c8d9e01"},
               {"atLeast": 2, "of": [
                 {"achievement": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"},
                 {"externalAchievement": "https://lms.example.edu/achievements/sql"},
                 {"skill": "http://data.europa.eu/esco/skill/8f1d6f77-6b1e-4b8e-9d7c-2e5b2c4b3a10"}]},
               {"any": [
                 {"issuer": "did:web:courses.example.com", "name": "Python for Data"},
                 {"achievement": "2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c"}]}]}}
            """;

    static final String REQUEST = """
            {"name": "Data Analyst", "description": "Three levels of data skills.",
             "goal": "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7", "requireCurrent": false,
             "steps": {"all": [
               {"id": "bronze", "title": "Bronze", "milestone": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                "all": [{"id": "spreadsheets", "achievement": "0d9a6c1e-3b7f-4e21-a8c4-5f6b7c8d9e01"},
                        {"id": "sql", "externalAchievement": "https://lms.example.edu/achievements/sql"}]},
               {"id": "silver", "title": "Silver", "ordered": true, "withinMonths": 24, "minCredits": 3,
                "atLeast": 2, "of": [
                  {"id": "stats", "achievement": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"},
                  {"id": "python", "issuer": "did:web:courses.example.com", "name": "Python for Data"},
                  {"id": "ml", "skill": "http://data.europa.eu/esco/skill/8f1d6f77-6b1e-4b8e-9d7c-2e5b2c4b3a10"}]}]}}
            """;

    static final String PATHWAY = """
            {"id": "3f6e2f4c-8d0a-4b7e-9a51-2f1c7d9e0b12",
             "url": "https://badges.example.org/pathways/3f6e2f4c-8d0a-4b7e-9a51-2f1c7d9e0b12",
             "name": "Data Analyst", "description": "Three levels of data skills.",
             "goal": "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7",
             "steps": {"id": "s3a9c1d2", "all": [
               {"id": "spreadsheets", "achievement": "0d9a6c1e-3b7f-4e21-a8c4-5f6b7c8d9e01"},
               {"id": "sql", "externalAchievement": "https://lms.example.edu/achievements/sql"}]},
             "requireCurrent": false, "published": false,
             "createdAt": "2026-12-07T10:15:30Z", "updatedAt": "2026-12-07T10:15:30Z"}
            """;

    static final String PROGRESS = """
            {"completed": false, "goalCredential": null, "steps": [
              {"id": "s3a9c1d2", "title": "All of 2", "kind": "all", "depth": 0, "done": false, "have": 1,
               "need": 2, "credits": 0, "completedAt": null,
               "satisfiedBy": [{"id": "https://badges.example.org/c/9e41c0de-5a4b-4f0e-8d7c-1b2a3c4d5e6f",
                                "name": "Spreadsheets", "issuer": "did:web:badges.example.org:issuers:b930b5d2",
                                "issuerName": "Example University", "earnedAt": "2026-11-02T09:00:00Z"}],
               "award": null},
              {"id": "spreadsheets", "title": "Spreadsheets", "kind": "achievement", "depth": 1,
               "achievement": "0d9a6c1e-3b7f-4e21-a8c4-5f6b7c8d9e01", "done": true, "have": 1, "need": 1,
               "credits": 0, "completedAt": "2026-11-02T09:00:00Z",
               "satisfiedBy": [{"id": "https://badges.example.org/c/9e41c0de-5a4b-4f0e-8d7c-1b2a3c4d5e6f",
                                "name": "Spreadsheets", "issuer": "did:web:badges.example.org:issuers:b930b5d2",
                                "issuerName": "Example University", "earnedAt": "2026-11-02T09:00:00Z"}],
               "award": null},
              {"id": "sql", "title": "https://lms.example.edu/achievements/sql", "kind": "externalAchievement",
               "depth": 1, "externalAchievement": "https://lms.example.edu/achievements/sql", "done": false,
               "have": 0, "need": 1, "credits": 0, "completedAt": null, "satisfiedBy": [], "award": null}]}
            """;
}
