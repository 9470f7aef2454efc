package org.ccionetwork.organisations;

/**
 * The logo of a partner body or sponsor. {@link #src()} is its address, which changes when the logo is replaced
 * so browsers never show a stale one; {@link #displayWidth()} and {@link #displayHeight()} fit it into the box
 * the pages give logos, keeping its shape, for the width and height attributes that reserve its space.
 */
public record PartnerLogo(long organisationId, String slug, String key, String contentType, String alt, int width,
        int height) {

    static final int BOX_WIDTH = 160;
    static final int BOX_HEIGHT = 64;

    /** The entity tag of the logo: the random part of its key. */
    public String etag() {
        return key.substring(key.indexOf('/') + 1);
    }

    public String src() {
        return "/partners/" + slug + "/logo?v=" + etag().substring(0, Math.min(8, etag().length()));
    }

    public int displayWidth() {
        return (int) Math.max(1, Math.round(width * scale()));
    }

    public int displayHeight() {
        return (int) Math.max(1, Math.round(height * scale()));
    }

    private double scale() {
        return Math.min(1.0, Math.min((double) BOX_WIDTH / width, (double) BOX_HEIGHT / height));
    }
}
