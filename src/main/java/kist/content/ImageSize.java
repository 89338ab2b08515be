package kist.content;

/** The pixel size of an image, for width and height attributes that keep the page from jumping. */
public record ImageSize(int width, int height) {
}
