package org.ccionetwork.events;

/** Someone speaking at an event. */
public record Speaker(String name, String role, String organisation) {

    /** "Dr Jane Roe, CCIO, Leeds Teaching Hospitals" without empty parts. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (role != null && !role.isBlank()) {
            text.append(", ").append(role);
        }
        if (organisation != null && !organisation.isBlank()) {
            text.append(", ").append(organisation);
        }
        return text.toString();
    }
}
