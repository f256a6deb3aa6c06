package dev.laurel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code bench/di}'s main: runs {@link DataIntegrityComparison} in one JMH run (JMH options on the command line
 * override its defaults), then prints Laurel's throughput over the baseline's for each of sign and verify on each
 * example, and last the smallest of those ratios: {@code min ratio laurel/titanium: N.Nx}.
 */
public final class DataIntegrityRatios {

    private DataIntegrityRatios() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(DataIntegrityComparison.class.getName() + "\\.")
                        .build())
                .run();
        Map<String, double[]> scores = new TreeMap<>();
        for (RunResult result : results) {
            var params = result.getParams();
            if (!params.getBenchmark().startsWith(DataIntegrityComparison.class.getName() + ".")) {
                continue; // a benchmark an extra regular expression on the command line included
            }
            String method =
                    params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String row = method + " " + params.getParam("example");
            int column = params.getParam("implementation").equals("laurel") ? 0 : 1;
            scores.computeIfAbsent(row, r -> new double[2])[column] =
                    result.getPrimaryResult().getScore();
        }
        Path load = Path.of("/proc/loadavg");
        if (Files.isReadable(load)) {
            System.out.println("# load average after: " + Files.readString(load).strip());
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT, "%-18s %14s %14s %8s%n", "laurel/titanium", "laurel ops/s", "titanium ops/s", "ratio");
        double min = Double.MAX_VALUE;
        for (Map.Entry<String, double[]> row : scores.entrySet()) {
            double[] score = row.getValue();
            double ratio = score[1] > 0 ? score[0] / score[1] : Double.NaN;
            min = Math.min(min, ratio);
            System.out.printf(Locale.ROOT, "%-18s %14.1f %14.1f %7.1fx%n", row.getKey(), score[0], score[1], ratio);
        }
        System.out.printf(Locale.ROOT, "min ratio laurel/titanium: %.1fx%n", min);
    }
}
