package kist.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;

import kist.content.ContentPaths;

/**
 * A site's templates kept by one on-demand jte engine for as long as kist serve runs: a saved
 * template is written to the engine's folder and jte compiles again only the templates that
 * changed (and those that call them), the next time they render.
 */
public final class LiveTemplates {
    private final Path sources;
    private final TemplateEngine engine;

    /** @param folder a folder of its own ({@code .kist/templates/live}); what it held is replaced */
    public LiveTemplates(Path folder) {
        this.sources = folder.resolve("src");
        try {
            Files.createDirectories(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + sources, e);
        }
        this.engine = TemplateEngine.create(new DirectoryCodeResolver(sources), folder.resolve("classes"), ContentType.Html,
                LiveTemplates.class.getClassLoader(), ThemeLoader.SITE_PACKAGE);
        engine.setTrimControlStructures(true);
    }

    /** Brings the engine's folder up to date with {@code files}, touching only what changed. */
    synchronized TemplateEngine update(ThemeFiles files) {
        try {
            try (Stream<Path> existing = Files.walk(sources)) {
                for (Path file : existing.filter(Files::isRegularFile).toList()) {
                    String relative = ContentPaths.relative(sources, file);
                    if (!files.files().containsKey(relative)) {
                        Files.delete(file);
                    }
                }
            }
            for (var entry : files.files().entrySet()) {
                if (!entry.getKey().endsWith(".jte")) {
                    continue;
                }
                Path target = sources.resolve(entry.getKey());
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), entry.getValue())) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, entry.getValue());
                }
            }
            // compiled here, one at a time: pages render in parallel, and two threads compiling one
            // template would load a class file the other is still writing
            for (String name : files.files().keySet()) {
                if (name.endsWith(".jte")) {
                    try {
                        engine.prepareForRendering(name);
                    } catch (gg.jte.TemplateException e) {
                        // a template that does not compile: rendering it reports the error at its line
                    }
                }
            }
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the templates in " + sources, e);
        }
    }

}
