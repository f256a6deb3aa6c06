package dev.laurel.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code laurel} command. Exit codes: 0 success (verified), 1 not verified, 2 unreadable input or usage error.
 */
@Command(
        name = "laurel",
        mixinStandardHelpOptions = true,
        version = "laurel 0.1.0",
        description = "Open Badges 3.0 credentials: keys, signing, verification, baking.",
        subcommands = {
            KeygenCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            BakeCommand.class,
            UnbakeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Laurel {

    /** Verified, or the command did what it was asked. */
    static final int OK = 0;
    /** The credential does not verify. */
    static final int NOT_VERIFIED = 1;
    /** Unreadable input, a usage error, or a failure to do what was asked. */
    static final int UNUSABLE = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Laurel())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> UNUSABLE)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("laurel: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return UNUSABLE;
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
        }
        return commandLine.execute(args);
    }
}
