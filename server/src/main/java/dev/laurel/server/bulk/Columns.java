package dev.laurel.server.bulk;

/** How a source names each field in problems: the CSV's columns, or the JSON body's paths. */
record Columns(
        String email,
        String name,
        String issuedOn,
        String narrative,
        String evidence,
        String expiresOn,
        String externalId,
        String creditsEarned,
        String row) {

    static final Columns CSV = new Columns(
            CsvSource.EMAIL,
            CsvSource.NAME,
            CsvSource.ISSUED_ON,
            CsvSource.NARRATIVE,
            CsvSource.EVIDENCE,
            CsvSource.EXPIRES_ON,
            CsvSource.EXTERNAL_ID,
            CsvSource.CREDITS_EARNED,
            "row");

    static final Columns JSON = new Columns(
            "recipient.email",
            "recipient.name",
            "issuedOn",
            "narrative",
            "evidence",
            "expiresOn",
            "externalId",
            "creditsEarned",
            "row");
}
