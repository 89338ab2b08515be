package kist.render;

/**
 * The model of {@code redirect.jte}: an old address that sends the reader on to {@code href}
 * (a link that works on any host, also a preview), naming {@code canonical} as the real address.
 */
public record RedirectPage(Site site, String href, String canonical) {
}
