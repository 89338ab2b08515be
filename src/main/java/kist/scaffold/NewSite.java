package kist.scaffold;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import kist.render.ThemeFiles;

/**
 * The files of a new site that builds at once: kist.yaml, a first post that carries a technique,
 * that technique's page, a page about the author, and the theme in templates/ to change.
 * The pages link to each other, so a fresh site passes {@code kist check} but for the technique
 * that only the first post carries yet.
 */
public final class NewSite {
    private NewSite() {
    }

    /** The site's files by path, in English unless {@code language} is nl. */
    public static Map<String, byte[]> files(String title, String language, ZoneId timeZone, LocalDate date, ThemeFiles theme) {
        boolean dutch = language.equals("nl");
        Map<String, String> text = new TreeMap<>();
        String quotedTitle = YamlText.quoted(title);
        text.put("kist.yaml", dutch ? """
                # kist.yaml: de instellingen van de site (zie kist's README, "Configure")
                title: %1$s
                description: "Over mijn vak"
                # het adres waar de site komt te staan, voor feeds, de sitemap en voorvertoningen:
                # baseUrl: "https://example.com/"
                language: nl
                # waar je woont: een datum zonder tijd (date: 2007-10-03) begint daar om middernacht
                timeZone: %2$s
                author:
                  name: "Jouw naam"
                menu:
                  - title: "Technieken"
                    url: "/technieken/"
                  - title: "Over mij"
                    url: "/over-mij/"
                taxonomies:
                  techniques:
                    path: "/technieken/"
                    name: "Technieken"
                  tags:
                    path: "/labels/"
                    name: "Labels"
                """.formatted(quotedTitle, YamlText.quoted(timeZone.getId())) : """
                # kist.yaml: the site's settings (see kist's README, "Configure")
                title: %1$s
                description: "About my trade"
                # the address the site will live at, for feeds, the sitemap and link previews:
                # baseUrl: "https://example.com/"
                language: en
                # where you live: a date without a time (date: 2007-10-03) begins at midnight there
                timeZone: %2$s
                author:
                  name: "Your name"
                menu:
                  - title: "Techniques"
                    url: "/techniques/"
                  - title: "About"
                    url: "/about/"
                """.formatted(quotedTitle, YamlText.quoted(timeZone.getId())));
        text.put(dutch ? "content/posts/welkom.md" : "content/posts/welcome.md", dutch ? """
                ---
                title: "Welkom"
                date: %1$s
                techniques: [luisteren]
                ---
                Het eerste stuk van deze site. Begin een volgend met `kist new post "Titel"`.

                Stukken verwijzen naar elkaar en naar technieken bij hun naam: [[luisteren]] wijst naar de
                techniek, en wie hier schrijft staat op [[Over mij]].
                """.formatted(date) : """
                ---
                title: "Welcome"
                date: %1$s
                techniques: [listening]
                ---
                The first post of this site. Start the next one with `kist new post "Title"`.

                Posts point to each other and to techniques by name: [[listening]] leads to the technique,
                and who writes here is on [[About]].
                """.formatted(date));
        text.put(dutch ? "content/techniques/luisteren.md" : "content/techniques/listening.md", dutch ? """
                ---
                title: "Luisteren"
                ---
                Een techniekpagina beschrijft een techniek. Elk stuk met deze techniek in `techniques:` staat eronder.
                """ : """
                ---
                title: "Listening"
                ---
                A technique's page describes it. Every post with this technique in `techniques:` is listed below.
                """);
        text.put(dutch ? "content/pages/over-mij.md" : "content/pages/about.md", dutch ? """
                ---
                title: "Over mij"
                ---
                Wie hier schrijft, en waarom. Lees eerst [[Welkom]].
                """ : """
                ---
                title: "About"
                ---
                Who writes here, and why. Read [[Welcome]] first.
                """);
        text.put(".gitignore", "site/\n.kist/\n");
        Map<String, byte[]> files = new TreeMap<>();
        text.forEach((path, content) -> files.put(path, content.getBytes(StandardCharsets.UTF_8)));
        theme.files().forEach((path, bytes) -> files.put("templates/" + path, bytes.clone()));
        return files;
    }
}
