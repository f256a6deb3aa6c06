package dev.laurel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code laurel} command. */
@Command(
        name = "laurel",
        mixinStandardHelpOptions = true,
        version = "laurel 0.1.0",
        description = "Open Badges 3.0 credentials: keys, signing, verification, baking.")
public final class Laurel {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Laurel()).execute(args));
    }
}
