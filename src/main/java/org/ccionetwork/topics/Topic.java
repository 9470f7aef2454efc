package org.ccionetwork.topics;

/** A topic of the shared list: the slug other modules store, the label shown, its place and whether retired. */
public record Topic(String slug, String name, int position, boolean retired) {

    /** The label, marked when the topic is retired (for editors' forms). */
    public String nameForEditors() {
        return retired ? name + " (retired)" : name;
    }
}
