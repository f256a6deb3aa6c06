package dev.laurel.server.api;

import dev.laurel.server.bulk.RowProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of a bulk job's dry-run problems, by row. */
@Schema(name = "BulkProblems")
record BulkProblemsResource(
        @Schema(description = "How many problems the job has.", example = "2")
        int total,

        List<Problem> items,

        @Schema(description = "The next page, or null.", example = "/api/v1/bulk-jobs/ID/problems?after=120")
        String next) {

    /** One problem: the row (CSV: the spreadsheet row, the header is 1; JSON: the array index), the column. */
    @Schema(name = "BulkProblem")
    record Problem(
            @Schema(example = "4") int row,
            @Schema(example = "email") String field,
            @Schema(example = "email.invalid") String code,

            @Schema(example = "'ada(at)example.org' is not an email address.")
            String message) {

        static Problem of(RowProblem problem) {
            return new Problem(problem.row(), problem.column(), problem.code(), problem.message());
        }
    }
}
