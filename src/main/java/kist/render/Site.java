package kist.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.config.SiteConfig;

/** What every page template knows of the site: names, links, strings. */
public record Site(
        String title,
        String description,
        String language,
        String baseUrl,
        String rootPath,
        SiteConfig.Author author,
        List<SiteConfig.MenuEntry> menu,
        Strings strings,
        Map<String, Object> params,
        Optional<Integer> firstYear,
        Optional<Integer> lastYear,
        String searchPath) {

    public Site {
        menu = List.copyOf(menu);
    }

    /** A link to a path of the site ("/2007/10/x/"), under the site's root path ("/blog/2007/10/x/"). */
    public String link(String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("mailto:")) {
            return path;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return rootPath + relative;
    }

    /** The absolute address of a path of the site, for canonical links, feeds and sharing. */
    public String absoluteUrl(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return baseUrl + relative;
    }

    /** Open Graph's locale: nl_NL for "nl", en_GB for "en-GB". */
    public String ogLocale() {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        String country = locale.getCountry().isEmpty()
                ? DEFAULT_COUNTRIES.getOrDefault(locale.getLanguage(), locale.getLanguage().toUpperCase(java.util.Locale.ROOT))
                : locale.getCountry();
        return locale.getLanguage() + "_" + country;
    }

    private static final Map<String, String> DEFAULT_COUNTRIES = Map.of(
            "en", "US", "nl", "NL", "de", "DE", "fr", "FR", "da", "DK", "sv", "SE", "nb", "NO", "pt", "PT", "ja", "JP", "zh", "CN");

    /** The site's Atom feed, when it has one (it needs an absolute baseUrl). */
    public java.util.Optional<FeedLink> feed() {
        return Feeds.available(baseUrl) ? java.util.Optional.of(new FeedLink(title, Feeds.SITE_FEED)) : java.util.Optional.empty();
    }

    public String t(String key) {
        return strings.get(key);
    }

    public String t(String key, Object... arguments) {
        return strings.format(key, arguments);
    }

    public String count(String key, int n) {
        return strings.count(key, n);
    }

    public String longDate(LocalDate day) {
        return strings.longDate(day);
    }

    public String shortDate(LocalDate day) {
        return strings.shortDate(day);
    }

    /** "oktober": a month's name on its own. */
    public String monthName(int month) {
        return strings.monthName(month);
    }

    /** "2007–2026" (the years the posts span) or "2007", for the footer. */
    public String years() {
        if (firstYear.isEmpty() || lastYear.isEmpty()) {
            return "";
        }
        return firstYear.get().equals(lastYear.get()) ? String.valueOf(firstYear.get()) : firstYear.get() + "–" + lastYear.get();
    }
}
