package kist.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.data.DataKey;

/** Registers kist's own parsing and rendering additions with flexmark. */
final class KistExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Per document, what {@link LinkPass} resolved: a wikilink's link, or a link's new URL. */
    static final DataKey<Map<Node, Object>> RESOLUTIONS = new DataKey<>("KIST_RESOLUTIONS", Map.of());

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new DutchElisions.Factory());
        parserBuilder.postProcessorFactory(new DutchElisions.QuoteRunRepair.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            rendererBuilder.nodeRendererFactory(options -> new KistNodeRenderer());
            rendererBuilder.linkResolverFactory(new ResolvedUrls());
            rendererBuilder.attributeProviderFactory(new ImageAttributes.Factory());
            rendererBuilder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return new CellAlignment();
                }
            });
        }
    }

    /**
     * flexmark aligns table columns with the {@code align} attribute, which HTML made obsolete
     * (the Nu HTML checker reports it as an error); the same alignment as a style keeps working
     * whatever the theme's stylesheet says about cells.
     */
    private static final class CellAlignment implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof TableCell && attributes.contains("align")) {
                String align = attributes.getValue("align");
                attributes.remove("align");
                attributes.addValue("style", "text-align: " + align);
            }
        }
    }

    private static final class KistNodeRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HeadingAnchor.class, KistNodeRenderer::renderAnchor),
                    new NodeRenderingHandler<>(MoreMarker.class, KistNodeRenderer::renderMoreMarker),
                    new NodeRenderingHandler<>(WikiLink.class, KistNodeRenderer::renderWikiLink),
                    new NodeRenderingHandler<>(MentionLink.class, KistNodeRenderer::renderMention),
                    new NodeRenderingHandler<>(Text.class, KistNodeRenderer::renderText));
        }

        /**
         * What flexmark's core renderer writes for text (backslash escapes and entities resolved,
         * line ends normalised, HTML-escaped), with the regular expressions it runs on every piece
         * of text skipped where the text has nothing they would change: most text has none.
         */
        private static void renderText(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = PlainText.unescaped(node.getChars());
            html.raw(escapeHtml(text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text)));
        }

        /** As flexmark's {@code Escaping.escapeHtml(text, false)}: &amp; &lt; &gt; and &quot;. */
        static String escapeHtml(String text) {
            int first = 0;
            while (first < text.length() && !isHtmlSpecial(text.charAt(first))) {
                first++;
            }
            if (first == text.length()) {
                return text;
            }
            StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
            for (int i = first; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> escaped.append("&amp;");
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '"' -> escaped.append("&quot;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }

        private static boolean isHtmlSpecial(char c) {
            return c == '&' || c == '<' || c == '>' || c == '"';
        }

        /** A broken link fails the build; the text still renders, so a failed page is readable. */
        private static void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
            Object resolved = RESOLUTIONS.get(context.getDocument()).get(node);
            if (resolved instanceof kist.markdown.LinkResolver.ResolvedLink link) {
                html.attr("href", link.href()).withAttr().tag("a");
                html.text(link.text());
                html.tag("/a");
            } else {
                String written = (node.getTextSeparatorMarker().isNotNull() ? node.getText() : node.getLink()).toString();
                html.attr("class", "broken-link").withAttr().tag("span");
                html.text(written);
                html.tag("/span");
            }
        }

        private static void renderMention(MentionLink node, NodeRendererContext context, HtmlWriter html) {
            html.attr("href", node.href()).attr("class", "mention").withAttr().tag("a");
            context.renderChildren(node);
            html.tag("/a");
        }

        /*
         * GitHub's pattern: the link sits after the text so the heading reads normally, it is kept out
         * of the accessibility tree and tab order (the heading itself is the navigation target), and
         * its visible "#" means no validator sees an empty link.
         */
        private static void renderAnchor(HeadingAnchor node, NodeRendererContext context, HtmlWriter html) {
            String id = context.getNodeId(node.getParent());
            if (id == null || id.isEmpty()) {
                return;
            }
            html.raw(" ");
            html.attr("class", "anchor").attr("href", "#" + id).attr("aria-hidden", "true").attr("tabindex", "-1")
                    .withAttr().tag("a");
            html.raw("#");
            html.tag("/a");
        }

        private static void renderMoreMarker(MoreMarker node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw(node.sentinel());
            html.line();
        }
    }

    /** Hands flexmark the URLs {@link LinkPass} rewrote (other-post.md → its page's URL). */
    private static final class ResolvedUrls extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, basicContext, link) -> {
                Object resolved = RESOLUTIONS.get(basicContext.getDocument()).get(node);
                if (resolved instanceof LinkPass.ResolvedImage image) {
                    return link.withUrl(image.url());
                }
                return resolved instanceof String url ? link.withUrl(url) : link;
            };
        }
    }
}
