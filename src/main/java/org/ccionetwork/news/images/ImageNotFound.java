package org.ccionetwork.news.images;

/** No article image is stored under the key asked for. */
public final class ImageNotFound extends RuntimeException {

    private ImageNotFound(String message) {
        super(message, null, false, false);
    }

    public static ImageNotFound forKey(String key) {
        return new ImageNotFound("No article image " + key);
    }
}
