package org.ccionetwork.site;

import java.util.List;

import gg.jte.Content;

/** The home page: each module's panel, and whether the visitor has just signed out. */
public record HomePage(List<Content> panels, boolean signedOut) {
}
