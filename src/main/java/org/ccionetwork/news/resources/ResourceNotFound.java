package org.ccionetwork.news.resources;

/** No resource in the library has the id asked for. */
public final class ResourceNotFound extends RuntimeException {

    private ResourceNotFound(String message) {
        super(message, null, false, false);
    }

    public static ResourceNotFound forId(long id) {
        return new ResourceNotFound("No resource #" + id);
    }
}
