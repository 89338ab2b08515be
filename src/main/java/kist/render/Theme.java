package kist.render;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.Utf8ByteOutput;

import kist.diag.Diagnostic;
import kist.diag.Outcome;

/**
 * A loaded theme: the jte engine (built once per build, shared by all threads), the interface
 * strings of the site's language, and the assets to copy into the site.
 */
public final class Theme {
    private static final Pattern ERROR_AT = Pattern.compile("(?:error at |Failed to compile template:\\s*)([^\\s:]+\\.jte):(\\d+)");

    private final TemplateEngine engine;
    private final String templatesFolder;
    private final Strings strings;
    private final Map<String, byte[]> assets;
    private final String templatesFingerprint;

    Theme(TemplateEngine engine, String templatesFolder, Strings strings, Map<String, byte[]> assets, String templatesFingerprint) {
        this.engine = engine;
        this.templatesFingerprint = templatesFingerprint;
        this.templatesFolder = templatesFolder;
        this.strings = strings;
        this.assets = Map.copyOf(assets);
    }

    public Strings strings() {
        return strings;
    }

    /** A hash of the templates: a page renders the same from the same view model while it is the same. */
    public String templatesFingerprint() {
        return templatesFingerprint;
    }

    /** Asset files by their path in the site ("assets/kist.css"). */
    public Map<String, byte[]> assets() {
        return assets;
    }

    /** Renders {@code template} with its one model as UTF-8; a failure names the template file and line. */
    public Outcome<byte[]> render(String template, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        try {
            engine.render(template, model, output);
            return Outcome.of(output.toByteArray(), java.util.List.of());
        } catch (TemplateException e) {
            return Outcome.failed(templateError(templatesFolder, template, e));
        }
    }

    /** jte says where a template failed, compiling or rendering, as "error at post.jte:12". */
    static Diagnostic templateError(String templatesFolder, String template, RuntimeException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        Matcher at = ERROR_AT.matcher(message);
        boolean compiling = message.startsWith("Failed to compile");
        String cause = compiling ? firstLines(message.substring(at.find(0) ? at.end() : 0).replaceAll("\\S+\\.java:\\d+: ", ""))
                : Optional.ofNullable(e.getCause()).map(Throwable::toString).orElse(message);
        String what = compiling ? "template does not compile: " : "template failed: ";
        String hint = compiling ? "jte templates use Java expressions, such as ${post.title()}" : "check the expression on this line";
        if (at.find(0)) {
            return Diagnostic.error(templatesFolder + at.group(1), Integer.parseInt(at.group(2)), 1, what + cause, hint);
        }
        return Diagnostic.error(templatesFolder + template, 0, 0, what + cause, hint);
    }

    private static String firstLines(String text) {
        return text.strip().lines().limit(3).reduce((a, b) -> a + " " + b.strip()).orElse("");
    }
}
