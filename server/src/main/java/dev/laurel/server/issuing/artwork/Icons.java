package dev.laurel.server.issuing.artwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled icons: a curated set of Tabler Icons (MIT, outline style, 24 × 24, drawn with 2-pixel round strokes),
 * vendored with their licence under {@code resources/artwork/icons}. Only each icon's path data is kept, checked to be
 * nothing but path commands and numbers.
 */
public final class Icons {

    /** The icons offered, in the order the designer lists them. */
    public static final List<String> NAMES = List.of(
            "award",
            "medal",
            "trophy",
            "rosette",
            "certificate",
            "crown",
            "star",
            "school",
            "book",
            "pencil",
            "language",
            "bulb",
            "brain",
            "puzzle",
            "target",
            "checklist",
            "code",
            "cpu",
            "device-laptop",
            "cloud",
            "lock",
            "key",
            "atom",
            "flask",
            "microscope",
            "calculator",
            "chart-bar",
            "briefcase",
            "building",
            "tools",
            "stethoscope",
            "first-aid-kit",
            "heart",
            "shield-check",
            "users",
            "headset",
            "world",
            "compass",
            "flag",
            "rocket",
            "leaf",
            "plant",
            "palette",
            "music",
            "camera",
            "run");

    private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]*)\"\\s*/>");
    private static final Pattern PATH_DATA = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz0-9 .,\\-]+");
    private static final Map<String, List<String>> PATHS = load();

    private Icons() {}

    /** Whether a bundled icon has this name. */
    public static boolean exists(String name) {
        return PATHS.containsKey(name);
    }

    /** The icon's paths' {@code d} values, in its 24 × 24 box. */
    static List<String> paths(String name) {
        List<String> paths = PATHS.get(name);
        if (paths == null) {
            throw new IllegalArgumentException("no bundled icon " + name);
        }
        return paths;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> icons = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = Icons.class.getResourceAsStream("/artwork/icons/" + name + ".svg")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled icon " + name + " is missing");
                }
                String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<String> paths = new ArrayList<>();
                Matcher matcher = PATH.matcher(svg);
                while (matcher.find()) {
                    String d = matcher.group(1);
                    if (!PATH_DATA.matcher(d).matches()) {
                        throw new IllegalStateException("the icon " + name + " has unexpected path data");
                    }
                    paths.add(d);
                }
                icons.put(name, List.copyOf(paths));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(icons);
    }
}
