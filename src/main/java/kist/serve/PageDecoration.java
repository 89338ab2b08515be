package kist.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kist.diag.Diagnostic;

/**
 * What the dev server adds to the HTML it serves, and only there (never to {@code kist build}'s
 * output): the live-reload script before {@code </body>}, and after a failed build an error panel
 * at the top of the body. The panel is part of the HTML, so it shows without JavaScript too.
 */
final class PageDecoration {
    static final String SCRIPT_PATH = "/_kist/reload.js";
    static final String EVENTS_PATH = "/_kist/events";
    static final String PANEL_ID = "kist-errors";

    /**
     * Reloads the page when the server announces a version other than the one the page was served
     * with; the version travels with the script tag, so a build finished before the page connected
     * is not missed. EventSource reconnects by itself, also after a restart of the server.
     */
    static final String SCRIPT = """
            // kist serve: reloads this page when the site was rebuilt with a change
            (function () {
              var script = document.currentScript;
              var version = script && script.getAttribute("data-version");
              if (!window.EventSource || !version) {
                return;
              }
              var events = new EventSource("%s");
              events.addEventListener("version", function (event) {
                if (event.data !== version) {
                  events.close();
                  location.reload();
                }
              });
            })();
            """.formatted(EVENTS_PATH);

    private PageDecoration() {
    }

    static byte[] decorate(byte[] html, ServedSite site) {
        String page = new String(html, StandardCharsets.UTF_8);
        String lower = page.toLowerCase(Locale.ROOT);
        String script = scriptTag(site.version());
        int bodyEnd = lower.lastIndexOf("</body>");
        StringBuilder out = new StringBuilder(page.length() + 512);
        if (bodyEnd < 0) {
            out.append(page).append(script);
        } else {
            out.append(page, 0, bodyEnd).append(script).append(page, bodyEnd, page.length());
        }
        if (site.failed()) {
            int bodyStart = bodyStartEnd(lower);
            out.insert(Math.max(bodyStart, 0), panel(site.errors()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The page served when no build has succeeded yet: the errors, and the script that reloads once they are fixed. */
    static byte[] errorPage(ServedSite site) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>kist: the build failed</title>\n</head>\n<body>\n" + panel(site.errors())
                + "<p style=\"font:16px/1.5 system-ui,sans-serif;margin:1rem\">The site has not built yet. "
                + "Fix the file above and save; this page reloads by itself.</p>\n"
                + scriptTag(site.version()) + "</body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the content of the body starts: just after {@code <body ...>}, or -1 when there is no body tag. */
    private static int bodyStartEnd(String lower) {
        int at = 0;
        while ((at = lower.indexOf("<body", at)) >= 0) {
            int next = at + "<body".length();
            if (next < lower.length() && (lower.charAt(next) == '>' || Character.isWhitespace(lower.charAt(next)))) {
                int close = lower.indexOf('>', next);
                return close < 0 ? -1 : close + 1;
            }
            at = next;
        }
        return -1;
    }

    private static String scriptTag(String version) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + escape(version) + "\"></script>\n";
    }

    static String panel(List<Diagnostic> errors) {
        StringBuilder panel = new StringBuilder();
        panel.append("\n<div id=\"").append(PANEL_ID).append("\" role=\"alert\" style=\"")
                .append("position:relative;z-index:2147483647;margin:0;padding:1rem 1.25rem;")
                .append("background:#fff0f0;color:#5c0000;border-bottom:3px solid #c00;")
                .append("font:15px/1.5 system-ui,sans-serif;text-align:left\">\n")
                .append("<p style=\"margin:0 0 .5rem\"><strong>kist: the last build failed with ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append("</strong>; this is the last version that built.</p>\n<ul style=\"margin:0;padding-left:1.25rem\">\n");
        for (Diagnostic error : errors) {
            String where = error.line() > 0 ? error.file() + ":" + error.line() + ":" + Math.max(error.column(), 1) : error.file();
            panel.append("<li><code style=\"font:14px ui-monospace,monospace\">").append(escape(where)).append("</code>: ")
                    .append(escape(error.message()));
            if (!error.hint().isEmpty()) {
                panel.append("<br><small>hint: ").append(escape(error.hint())).append("</small>");
            }
            panel.append("</li>\n");
        }
        return panel.append("</ul>\n</div>\n").toString();
    }

    static String escape(String text) {
        return kist.render.Html.escape(text);
    }
}
