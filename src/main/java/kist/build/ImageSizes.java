package kist.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import kist.content.ImageSize;

/** Reads an image's size from its header (the pixels are never decoded), or an SVG's from its root element. */
final class ImageSizes {
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("\\b(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
    private static final Pattern VIEW_BOX = Pattern.compile("\\bviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    private ImageSizes() {
    }

    static Optional<ImageSize> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return svg(Files.readString(file));
            }
            if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")
                    || name.endsWith(".bmp"))) {
                return Optional.empty();
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) {
                    return Optional.empty();
                }
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return Optional.empty();
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
                } finally {
                    reader.dispose();
                }
            }
        } catch (java.nio.charset.MalformedInputException | javax.imageio.IIOException e) {
            // not an image after all (or a damaged one): it is copied, just without a size
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** width and height in pixels on the root element, else the viewBox's size. */
    static Optional<ImageSize> svg(String text) {
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) {
            return Optional.empty();
        }
        String element = root.group();
        Double width = null;
        Double height = null;
        Matcher attribute = NUMBER_ATTRIBUTE.matcher(element);
        while (attribute.find()) {
            double value = Double.parseDouble(attribute.group(2));
            if (attribute.group(1).equals("width")) {
                width = value;
            } else {
                height = value;
            }
        }
        if (width == null || height == null) {
            Matcher viewBox = VIEW_BOX.matcher(element);
            if (!viewBox.find()) {
                return Optional.empty();
            }
            width = Double.parseDouble(viewBox.group(1));
            height = Double.parseDouble(viewBox.group(2));
        }
        return Optional.of(new ImageSize((int) Math.round(width), (int) Math.round(height)));
    }
}
