package kist.markdown;

/** A link a page's text makes to another page of the site ({@code targetUrl}, no anchor), with the sentence around it. */
public record OutgoingLink(String targetUrl, String context) {
}
