package org.ccionetwork.events.materials;

/** The event has no file with that number, or the viewer may not download it yet. Shown as the 404 page. */
public final class MaterialNotFound extends RuntimeException {

    private MaterialNotFound(String message) {
        super(message, null, false, false);
    }

    public static MaterialNotFound forId(String slug, long id) {
        return new MaterialNotFound("No file " + id + " of event " + slug);
    }
}
