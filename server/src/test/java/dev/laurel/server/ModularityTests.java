package dev.laurel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModule.AllowedDependency;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * The module boundaries hold: each module uses only what its {@code package-info.java} declares, declares nothing it
 * does not use, and the module diagrams committed in {@code docs/modules} are the modules as they are.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LaurelServer.class);

    /** The committed diagrams, relative to the server module (the directory tests run in). */
    static final Path COMMITTED = Path.of("../docs/modules");

    static final Path GENERATED = Path.of("target/modules");

    /** Set to {@code true} to rewrite {@code docs/modules} from the modules as they are. */
    static final String WRITE = "laurel.modules.write";

    @Test
    void modulesUseOnlyWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void modulesDeclareOnlyWhatTheyUse() {
        List<String> unused = MODULES.stream()
                .flatMap(module -> module.getAllowedDependencies(MODULES).stream()
                        .filter(allowed -> !isUsed(module, allowed))
                        .map(allowed -> module.getIdentifier() + " -> \"" + allowed + "\""))
                .toList();
        assertThat(unused)
                .as("allowedDependencies that nothing uses; remove them from the module's package-info.java")
                .isEmpty();
    }

    @Test
    void committedModuleDiagramsAreCurrent() throws IOException {
        FileSystemUtils.deleteRecursively(GENERATED);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        for (Path diagram : diagrams(GENERATED).keySet()) {
            Path file = GENERATED.resolve(diagram);
            Files.writeString(file, inStableOrder(Files.readString(file)));
        }
        if (Boolean.getBoolean(WRITE)) {
            FileSystemUtils.deleteRecursively(COMMITTED);
            FileSystemUtils.copyRecursively(GENERATED, COMMITTED);
        }
        assertThat(diagrams(COMMITTED))
                .as(
                        "docs/modules is not the modules as they are (diagrams in %s). Refresh it with "
                                + "'mvn -pl server -am test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false "
                                + "-D%s=true' and commit docs/modules.",
                        GENERATED.toAbsolutePath(), WRITE)
                .isEqualTo(diagrams(GENERATED));
    }

    private static boolean isUsed(ApplicationModule module, AllowedDependency allowed) {
        return module.getDirectDependencies(MODULES).stream()
                .anyMatch(used -> used.getTargetModule().equals(allowed.getTargetModule()) && within(used, allowed));
    }

    private static boolean within(ApplicationModuleDependency used, AllowedDependency allowed) {
        return allowed.getTargetNamedInterface() == null
                || allowed.getTargetNamedInterface().contains(used.getTargetType());
    }

    /**
     * The diagram with each run of components and of relations sorted: the Documenter writes them in an order that
     * changes from one run to the next, and their order means nothing to PlantUML.
     */
    static String inStableOrder(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kind(String line) {
        String statement = line.strip();
        return statement.startsWith("Component(") || statement.startsWith("Rel(")
                ? statement.substring(0, statement.indexOf('('))
                : null;
    }

    /** Each diagram's file name and text. */
    static Map<Path, String> diagrams(Path folder) throws IOException {
        Map<Path, String> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                diagrams.put(file.getFileName(), Files.readString(file));
            }
        }
        return diagrams;
    }
}
