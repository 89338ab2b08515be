package kist.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;

import kist.data.DataParser;
import kist.data.Value;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.output.FileTrees;

/**
 * Turns theme files into a ready {@link Theme}. The built-in theme is precompiled into kist's jar;
 * a site's own templates are compiled once into {@code .kist/templates/<hash>/} and loaded from
 * there while they stay the same, so an unchanged theme costs no compile time.
 */
public final class ThemeLoader {
    static final String BUILTIN_PACKAGE = "kist.theme.builtin";
    static final String SITE_PACKAGE = "kist.theme.site";
    public static final String TEMPLATES_FOLDER = "templates/";
    private static final String COMPLETE = ".complete";

    private ThemeLoader() {
    }

    /**
     * @param files    the theme: the built-in one, or a site's templates over it
     * @param cacheDir where compiled templates are kept ({@code .kist/templates})
     */
    public static Outcome<Theme> load(ThemeFiles files, Path cacheDir, String language) {
        return load(files, cacheDir, language, java.util.Optional.empty());
    }

    /**
     * Loads a theme for kist serve: a site's own templates come from {@code live}, whose engine
     * compiles again only the templates that changed since the last build.
     */
    public static Outcome<Theme> load(ThemeFiles files, LiveTemplates live, String language) {
        return load(files, Path.of(""), language, java.util.Optional.of(live));
    }

    private static Outcome<Theme> load(ThemeFiles files, Path cacheDir, String language, Optional<LiveTemplates> live) {
        ThemeFiles builtin = files.isBuiltin() ? files : files.base().orElseGet(ThemeFiles::builtin);
        Outcome<Strings> strings = strings(files, builtin, language);
        if (strings.value().isEmpty()) {
            return Outcome.failed(strings.diagnostics());
        }
        Map<String, byte[]> assets = new HashMap<>();
        files.files().forEach((path, bytes) -> {
            if (path.startsWith("assets/")) {
                assets.put(path, bytes);
            }
        });
        String fingerprint = files.templateFingerprint();
        if (files.isBuiltin() || fingerprint.equals(builtin.templateFingerprint())) {
            TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
                    ThemeLoader.class.getClassLoader(), BUILTIN_PACKAGE);
            return Outcome.of(new Theme(engine, TEMPLATES_FOLDER, strings.value().get(), assets, fingerprint), strings.diagnostics());
        }
        if (live.isPresent()) {
            return Outcome.of(new Theme(live.get().update(files), TEMPLATES_FOLDER, strings.value().get(), assets, fingerprint),
                    strings.diagnostics());
        }
        Path compiled = cacheDir.resolve(fingerprint);
        if (!Files.isRegularFile(compiled.resolve(COMPLETE))) {
            Optional<Diagnostic> failure = compile(files, compiled);
            if (failure.isPresent()) {
                return Outcome.failed(Outcome.concat(strings.diagnostics(), List.of(failure.get())));
            }
        }
        TemplateEngine engine = TemplateEngine.createPrecompiled(compiled.resolve("classes"), ContentType.Html,
                ThemeLoader.class.getClassLoader(), SITE_PACKAGE);
        return Outcome.of(new Theme(engine, TEMPLATES_FOLDER, strings.value().get(), assets, fingerprint), strings.diagnostics());
    }

    /**
     * Compiles every template into a fresh folder ({@code src/} the templates, {@code classes/}
     * what jte made of them) and moves it into place only when all compiled.
     */
    private static Optional<Diagnostic> compile(ThemeFiles files, Path compiled) {
        Path staging = compiled.resolveSibling(compiled.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Path sources = staging.resolve("src");
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                if (file.getKey().endsWith(".jte")) {
                    Path target = sources.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
            TemplateEngine compiler = TemplateEngine.create(new DirectoryCodeResolver(sources), staging.resolve("classes"),
                    ContentType.Html, ThemeLoader.class.getClassLoader(), SITE_PACKAGE);
            compiler.setTrimControlStructures(true);
            compiler.precompileAll();
            Files.writeString(staging.resolve(COMPLETE), "", StandardCharsets.UTF_8);
            try {
                Files.move(staging, compiled, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                     | java.nio.file.DirectoryNotEmptyException e) {
                // another build compiled the same templates meanwhile: theirs is as good as ours
                FileTrees.delete(staging);
            }
            return Optional.empty();
        } catch (TemplateException e) {
            FileTrees.delete(staging);
            return Optional.of(Theme.templateError(TEMPLATES_FOLDER, "", e));
        } catch (IOException e) {
            FileTrees.delete(staging);
            throw new UncheckedIOException("cannot write compiled templates to " + compiled, e);
        }
    }

    /** Strings come from the theme's {@code i18n/<language>.yaml} over the built-in theme's, over English. */
    private static Outcome<Strings> strings(ThemeFiles files, ThemeFiles builtin, String language) {
        String primary = language.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        Map<String, String> entries = new HashMap<>();
        List<Diagnostic> problems = new java.util.ArrayList<>();
        for (String lang : List.of("en", primary)) {
            for (ThemeFiles source : List.of(builtin, files)) {
                byte[] bytes = source.files().get("i18n/" + lang + ".yaml");
                if (bytes == null) {
                    continue;
                }
                String file = (source.isBuiltin() ? "(built-in theme) " : TEMPLATES_FOLDER) + "i18n/" + lang + ".yaml";
                Outcome<Value.Mapping> parsed = DataParser.yaml(file, new String(bytes, StandardCharsets.UTF_8), 1);
                problems.addAll(parsed.diagnostics());
                parsed.value().ifPresent(mapping -> flatten("", mapping, entries));
            }
        }
        return problems.stream().anyMatch(Diagnostic::isError)
                ? Outcome.failed(problems)
                : Outcome.of(new Strings(language, entries), problems);
    }

    private static void flatten(String prefix, Value.Mapping mapping, Map<String, String> into) {
        mapping.entries().forEach((key, value) -> {
            if (value instanceof Value.Mapping nested) {
                flatten(prefix + key + ".", nested, into);
            } else if (value instanceof Value.Scalar scalar) {
                into.put(prefix + key, String.valueOf(scalar.value()));
            }
        });
    }
}
