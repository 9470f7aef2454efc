package org.ccionetwork.news.pages;

/** No network page (such as about or partners) has the slug asked for. */
public final class NetworkPageNotFound extends RuntimeException {

    private NetworkPageNotFound(String message) {
        super(message, null, false, false);
    }

    public static NetworkPageNotFound forSlug(String slug) {
        return new NetworkPageNotFound("No network page " + slug);
    }
}
