package dev.laurel.credentials.verify;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.List;

/** {@code type} includes VerifiableCredential; Open Badges, CLR and endorsement types are recognized by name. */
final class TypeCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        List<String> types = context.types();
        if (!types.contains("VerifiableCredential")) {
            return CheckResult.failed(
                    id(), Reason.TYPE_NOT_CREDENTIAL, "type must include VerifiableCredential, found " + types);
        }
        for (String type : types) {
            if (Contexts.ACHIEVEMENT_TYPES.contains(type)
                    || type.equals(Contexts.ENDORSEMENT)
                    || type.equals(Contexts.CLR)
                    || type.equals(Contexts.STATUS_LIST)) {
                return CheckResult.passed(id(), "type " + type);
            }
        }
        return CheckResult.warning(
                id(),
                Reason.TYPE_UNRECOGNIZED,
                "a VerifiableCredential of type " + types + ", not an Open Badges or CLR "
                        + "credential: only the Verifiable Credentials checks apply");
    }
}
