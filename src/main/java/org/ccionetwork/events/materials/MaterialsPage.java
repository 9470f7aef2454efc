package org.ccionetwork.events.materials;

import java.util.List;

import org.ccionetwork.events.Event;
import org.ccionetwork.shared.FormErrors;

/** The editor's page of an event's files. */
public record MaterialsPage(Event event, List<Material> materials, MaterialForm form, FormErrors errors,
        List<MaterialKind> kinds, long maxMegabytes) {
}

