package org.ccionetwork.news.resources;

/** What kind of resource it is. */
public enum ResourceKind {
    GUIDE("Guide"), TEMPLATE("Template"), SLIDES("Slides"), LINK("Link");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
