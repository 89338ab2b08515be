package kist.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Resolves one page's links before it is rendered, in document order: wikilinks and Markdown
 * link URLs through the {@link LinkResolver}, then the first plain-text mention of each technique
 * made a link, and mentions of other pages' titles suggested as links.
 */
final class LinkPass {
    private final ParsedMarkdown parsed;
    private final LinkResolver resolver;
    private final Map<Node, Object> resolutions = new IdentityHashMap<>();
    private final Set<String> linkedHrefs = new HashSet<>();

    LinkPass(ParsedMarkdown parsed, LinkResolver resolver) {
        this.parsed = parsed;
        this.resolver = resolver;
    }

    /** Per node: the {@link LinkResolver.ResolvedLink} of a wikilink (absent when broken) or the URL of a link. */
    Map<Node, Object> run() {
        resolver.ownHref().ifPresent(linkedHrefs::add);
        List<Text> texts = new ArrayList<>();
        for (Node node : parsed.ast.getDescendants()) {
            if (node instanceof WikiLink wikilink) {
                resolveWikilink(wikilink);
            } else if (node instanceof Link || node instanceof Image) {
                resolveUrl(node);
            } else if (node instanceof Text text && isPlainText(text)) {
                texts.add(text);
            }
        }
        linkMentions(texts);
        return resolutions;
    }

    private void resolveWikilink(WikiLink node) {
        String written = node.getLink().toString().strip();
        int hash = written.indexOf('#');
        String target = hash < 0 ? written : written.substring(0, hash).strip();
        String anchor = hash < 0 ? "" : written.substring(hash + 1).strip();
        Optional<LinkResolver.ResolvedLink> resolved = resolver.wikilink(target, anchor,
                parsed.lines.at(node.getStartOffset()), context(node));
        resolved.ifPresent(link -> {
            linkedHrefs.add(withoutAnchor(link.href()));
            String text = node.getTextSeparatorMarker().isNotNull() && !node.getText().isBlank()
                    ? node.getText().toString().strip()
                    : link.text();
            resolutions.put(node, new LinkResolver.ResolvedLink(link.href(), text));
        });
    }

    private void resolveUrl(Node node) {
        BasedSequence url = node instanceof Link link ? link.getUrl() : ((Image) node).getUrl();
        String written = url.toString();
        String resolved = resolver.url(written, node instanceof Image, parsed.lines.at(node.getStartOffset()), context(node));
        linkedHrefs.add(withoutAnchor(resolved));
        if (node instanceof Image) {
            resolutions.put(node, new ResolvedImage(resolved, resolver.imageSize(resolved)));
        } else if (!resolved.equals(written)) {
            resolutions.put(node, resolved);
        }
    }

    /** The first mention of each technique becomes a link, unless the page links there already. */
    private void linkMentions(List<Text> texts) {
        Mentions mentions = resolver.mentions();
        Mentions titles = resolver.titles();
        if (mentions.isEmpty() && titles.isEmpty()) {
            return;
        }
        Set<String> done = new HashSet<>();
        Set<String> suggested = new HashSet<>();
        for (Text text : texts) {
            Mentions.Words words = Mentions.Words.of(text.getChars());
            List<Mentions.Found> toLink = new ArrayList<>();
            for (Mentions.Found found : mentions.find(words)) {
                if (done.add(found.target().key()) && !linkedHrefs.contains(withoutAnchor(found.target().href()))) {
                    toLink.add(found);
                    linkedHrefs.add(withoutAnchor(found.target().href()));
                }
            }
            if (toLink.isEmpty()) {
                suggestTitles(text, words, titles, suggested);
            } else {
                for (Text piece : split(text, toLink)) {
                    suggestTitles(piece, Mentions.Words.of(piece.getChars()), titles, suggested);
                }
            }
        }
    }

    /** A mention of another page's title that links nowhere is worth a suggestion, once per title. */
    private void suggestTitles(Text text, Mentions.Words words, Mentions titles, Set<String> suggested) {
        for (Mentions.Found found : titles.find(words)) {
            if (suggested.add(found.target().key()) && !linkedHrefs.contains(withoutAnchor(found.target().href()))) {
                resolver.suggest(found.target(), parsed.lines.at(text.getStartOffset() + found.start()));
            }
        }
    }

    /** Splits a text node around its mentions; returns the plain text pieces that remain. */
    private static List<Text> split(Text text, List<Mentions.Found> found) {
        BasedSequence chars = text.getChars();
        List<Text> remaining = new ArrayList<>();
        int position = 0;
        for (Mentions.Found mention : found) {
            if (mention.start() > position) {
                Text before = new Text(chars.subSequence(position, mention.start()));
                text.insertBefore(before);
                remaining.add(before);
            }
            BasedSequence name = chars.subSequence(mention.start(), mention.end());
            MentionLink link = new MentionLink(name, mention.target().href());
            link.appendChild(new Text(name));
            text.insertBefore(link);
            position = mention.end();
        }
        if (position < chars.length()) {
            Text after = new Text(chars.subSequence(position));
            text.insertBefore(after);
            remaining.add(after);
        }
        text.unlink();
        return remaining;
    }

    /** Text a reader sees as prose: not a heading, a link, code or raw HTML. */
    private static boolean isPlainText(Text text) {
        for (Node ancestor = text.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof Heading || ancestor instanceof Link || ancestor instanceof LinkRef
                    || ancestor instanceof Image || ancestor instanceof ImageRef || ancestor instanceof AutoLink
                    || ancestor instanceof MailLink || ancestor instanceof WikiNode || ancestor instanceof Code
                    || ancestor instanceof HtmlInlineBase || ancestor instanceof MentionLink || ancestor instanceof Reference) {
                return false;
            }
        }
        return true;
    }

    /** The sentence around a node, from the paragraph (or other block) that holds it. */
    private static String context(Node node) {
        Node block = node.getAncestorOfType(Paragraph.class);
        if (block == null) {
            block = node.getAncestorOfType(Block.class);
        }
        if (block == null) {
            return "";
        }
        PlainText.Located text = PlainText.locate(block, node);
        return Sentences.around(text.text(), text.offset());
    }

    /** An image's URL to write, and its size when the site knows it. */
    record ResolvedImage(String url, Optional<kist.content.ImageSize> size) {
    }

    private static String withoutAnchor(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }
}
