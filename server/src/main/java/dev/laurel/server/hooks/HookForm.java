package dev.laurel.server.hooks;

/**
 * The mapping form as typed, to show it again with its errors. Field names are the page's; {@link #field} turns the
 * API's ({@code pointers.eventId}) into them.
 */
record HookForm(
        String name,
        String achievementId,
        String eventId,
        String recipientEmail,
        String recipientName,
        String narrative,
        String evidence,
        String issuedOn,
        String conditionPointer,
        String conditionEquals,
        String format,
        String enabled) {

    static HookForm blank() {
        return new HookForm("", "", "", "", "", "", "", "", "", "", "", "true");
    }

    static HookForm of(HookMapping mapping) {
        HookMapping.Pointers p = mapping.pointers();
        return new HookForm(
                mapping.name(),
                mapping.achievementId().toString(),
                text(p.eventId()),
                text(p.recipientEmail()),
                text(p.recipientName()),
                text(p.narrative()),
                text(p.evidence()),
                text(p.issuedOn()),
                mapping.condition() == null ? "" : mapping.condition().pointer().text(),
                mapping.condition() == null ? "" : mapping.condition().equals(),
                mapping.format() == null ? "" : mapping.format().key(),
                mapping.enabled() ? "true" : null);
    }

    /** A checkbox sends its value only when checked. */
    public boolean isEnabled() {
        return enabled != null;
    }

    Hooks.Draft draft() {
        return new Hooks.Draft(
                name,
                achievementId,
                eventId,
                recipientEmail,
                recipientName,
                narrative,
                evidence,
                issuedOn,
                conditionPointer,
                conditionEquals,
                format,
                isEnabled());
    }

    /** The form field of an API field name. */
    static String field(String apiField) {
        return switch (apiField) {
            case "condition.pointer" -> "conditionPointer";
            case "condition.equals" -> "conditionEquals";
            default -> apiField.startsWith("pointers.") ? apiField.substring("pointers.".length()) : apiField;
        };
    }

    private static String text(Pointer pointer) {
        return pointer == null ? "" : pointer.text();
    }
}
