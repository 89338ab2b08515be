package kist.markdown;

import java.util.Optional;

import kist.diag.Position;

/**
 * What a page's links point at. The build implements it over the site index, one per page; it
 * reports broken links itself and collects the links it resolved (for backlinks). Rendering calls
 * it in document order.
 */
public interface LinkResolver {

    /**
     * A wikilink {@code [[target#anchor|text]]}. {@code target} is "" for a heading of this page;
     * {@code anchor} is "" when there is none; {@code context} is the sentence around the link.
     * Empty when the link is broken.
     */
    Optional<ResolvedLink> wikilink(String target, String anchor, Position at, String context);

    /** A Markdown link or image URL as written; returns the URL to write (rewritten or the same). */
    String url(String url, boolean image, Position at, String context);

    /** The size of the image at a URL this resolver returned, when the site has it. */
    default Optional<kist.content.ImageSize> imageSize(String resolvedUrl) {
        return Optional.empty();
    }

    /** Names whose first plain-text mention becomes a link (techniques and their aliases). */
    Mentions mentions();

    /** Titles of other pages whose plain-text mention is suggested as a link. */
    default Mentions titles() {
        return Mentions.NONE;
    }

    /** The href of the page itself: mentions never link a page to itself. */
    default Optional<String> ownHref() {
        return Optional.empty();
    }

    /** A plain-text mention of another page's title that could be a link. */
    void suggest(MentionTarget target, Position at);

    /** Renders links as written: for Markdown alone, without a site. */
    LinkResolver NONE = new LinkResolver() {
        @Override
        public Optional<ResolvedLink> wikilink(String target, String anchor, Position at, String context) {
            return Optional.empty();
        }

        @Override
        public String url(String url, boolean image, Position at, String context) {
            return url;
        }

        @Override
        public Mentions mentions() {
            return Mentions.NONE;
        }

        @Override
        public void suggest(MentionTarget target, Position at) {
        }
    };

    /** Where a resolved wikilink goes ({@code href} as written into the page) and the text it shows. */
    record ResolvedLink(String href, String text) {
    }
}
