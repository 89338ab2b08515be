package kist.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Images load lazily and say their size, so the text does not jump while they arrive. */
final class ImageAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image)) {
            return;
        }
        attributes.replaceValue("loading", "lazy");
        attributes.replaceValue("decoding", "async");
        Object resolved = KistExtension.RESOLUTIONS.get(node.getDocument()).get(node);
        if (resolved instanceof LinkPass.ResolvedImage image) {
            image.size().ifPresent(size -> {
                attributes.replaceValue("width", Integer.toString(size.width()));
                attributes.replaceValue("height", Integer.toString(size.height()));
            });
        }
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ImageAttributes();
        }
    }
}
