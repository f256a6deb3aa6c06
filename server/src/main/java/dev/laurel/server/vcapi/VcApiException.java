package dev.laurel.server.vcapi;

/** A refused VC-API request: the problem and a precise detail, answered as a problem document. */
final class VcApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient VcApiProblem problem;

    VcApiException(VcApiProblem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    VcApiProblem problem() {
        return problem;
    }
}
