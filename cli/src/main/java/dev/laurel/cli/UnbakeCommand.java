package dev.laurel.cli;

import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.UnbakeResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code laurel unbake}: prints the credential baked into a PNG or SVG image. */
@Command(
        name = "unbake",
        mixinStandardHelpOptions = true,
        description = "Print the credential baked into a PNG or SVG image.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the image carries no credential", "2:not a readable PNG or SVG"})
final class UnbakeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the baked PNG or SVG")
    Path image;

    @Override
    public Integer call() {
        return switch (Baker.unbake(Files.read(image))) {
            case UnbakeResult.Found found -> {
                spec.commandLine().getOut().println(found.payload().text());
                spec.commandLine().getOut().flush();
                yield Laurel.OK;
            }
            case UnbakeResult.NotBaked notBaked -> {
                spec.commandLine().getErr().println("laurel: " + image + " carries no baked credential");
                yield Laurel.NOT_VERIFIED;
            }
            case UnbakeResult.Unreadable unreadable -> throw new UsageException(image + ": " + unreadable.message());
        };
    }
}
