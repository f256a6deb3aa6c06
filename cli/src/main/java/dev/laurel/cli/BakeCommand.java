package dev.laurel.cli;

import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BadgeStandard;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code laurel bake}: a PNG or SVG with the credential baked in; every other byte of the image unchanged. */
@Command(
        name = "bake",
        mixinStandardHelpOptions = true,
        description = "Bake a credential (JSON or JWT; Open Badges 3.0 or 2.0) into a PNG or SVG image.")
final class BakeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--image", required = true, description = "the PNG or SVG image")
    Path image;

    @Option(names = "--credential", required = true, description = "the credential: JSON or compact JWT")
    Path credential;

    @Option(names = "--out", required = true, description = "where to write the baked image")
    Path out;

    @Override
    public Integer call() {
        String text = Files.text(credential).strip();
        BadgeStandard standard = isOpenBadges2(text) ? BadgeStandard.OPEN_BADGES_2_0 : BadgeStandard.OPEN_BADGES_3_0;
        return switch (Baker.bake(Files.read(image), BadgePayload.of(standard, text))) {
            case BakeResult.Baked baked -> {
                Files.write(out, baked.image());
                spec.commandLine().getErr().println("wrote " + out);
                yield Laurel.OK;
            }
            case BakeResult.Refused refused -> throw new UsageException(image + ": " + refused.message());
        };
    }

    /** An Open Badges 2.0 assertion: JSON with the OB 2.0 context, or a hosted assertion URL. */
    private static boolean isOpenBadges2(String text) {
        return text.startsWith("http://")
                || text.startsWith("https://")
                || (text.startsWith("{") && text.contains("w3id.org/openbadges/v2"));
    }
}
