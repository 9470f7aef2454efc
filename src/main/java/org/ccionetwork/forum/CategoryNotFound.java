package org.ccionetwork.forum;

/** No such category, or one hidden from this reader (Chatham House categories from sponsors' staff). */
public final class CategoryNotFound extends RuntimeException {

    private CategoryNotFound(String message) {
        super(message, null, false, false);
    }

    public static CategoryNotFound forSlug(String slug) {
        return new CategoryNotFound("No category " + slug);
    }

    public static CategoryNotFound forId(long id) {
        return new CategoryNotFound("No category #" + id);
    }
}
