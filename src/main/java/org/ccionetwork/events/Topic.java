package org.ccionetwork.events;

/** A topic from the managed list. */
public record Topic(long id, String slug, String name) {
}
