package dev.laurel.server.organizations;

/** What a member may do in an organization; each role includes the ones below it. */
public enum Role {
    /** Sees the organization's badges, credentials and members. */
    VIEWER,
    /** Also reviews applications for badges open for application (expert review): scores, comments, decides. */
    REVIEWER,
    /** Also designs badges, issues, revokes, suspends and reinstates credentials. */
    ISSUER,
    /** Also edits the profile, invites and manages members, rotates keys, reads the audit log. */
    ADMIN,
    /** Also manages admins and owners. */
    OWNER;

    /** True when this role includes {@code required}. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The role's name as forms and URLs write it: {@code owner}, {@code admin}, {@code issuer}, {@code reviewer}, {@code viewer}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role parse(String key) {
        return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
