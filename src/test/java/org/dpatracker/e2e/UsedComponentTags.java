package org.dpatracker.e2e;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web-component tags of every Vaadin component the application's compiled classes refer to,
 * read from their constant pools, so that a browser test can ask whether each one is defined.
 */
final class UsedComponentTags {

    private static final Pattern VAADIN_CLASS = Pattern.compile("com/vaadin/flow/component/[A-Za-z0-9_/$]+");

    private UsedComponentTags() {}

    static Set<String> ofApplication() {
        Set<String> tags = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("target", "classes", "org", "dpatracker"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> collect(file, tags));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }

    private static void collect(Path classFile, Set<String> tags) {
        String constants;
        try {
            constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = VAADIN_CLASS.matcher(constants);
        while (matcher.find()) {
            tagOf(matcher.group().replace('/', '.')).ifPresent(tags::add);
        }
    }

    private static java.util.Optional<String> tagOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, UsedComponentTags.class.getClassLoader());
            for (Class<?> c = type; c != null && Component.class.isAssignableFrom(c); c = c.getSuperclass()) {
                Tag tag = c.getAnnotation(Tag.class);
                if (tag != null) {
                    return tag.value().startsWith("vaadin-")
                            ? java.util.Optional.of(tag.value())
                            : java.util.Optional.empty();
                }
            }
        } catch (ClassNotFoundException | LinkageError notAComponent) {
            // A package name, a descriptor fragment or a class outside the test's class path.
        }
        return java.util.Optional.empty();
    }
}
