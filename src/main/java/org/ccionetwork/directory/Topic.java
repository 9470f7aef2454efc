package org.ccionetwork.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The topics members are interested in and mentors offer. Stored by code; the events and news modules are to
 * share this list.
 */
public enum Topic {
    BUSINESS_CASE("business-case", "The business case for a CCIO"),
    LEADERSHIP("leadership", "Clinical leadership in digital"),
    EPR("epr", "Electronic patient records"),
    INTEROPERABILITY("interoperability", "Interoperability and standards"),
    RECORD_KEEPING("record-keeping", "Record keeping and documentation"),
    CLINICAL_SAFETY("clinical-safety", "Clinical safety (DCB0129/0160)"),
    DATA_ANALYTICS("data-analytics", "Data and analytics"),
    AI("ai", "Artificial intelligence"),
    CYBER_SECURITY("cyber-security", "Cyber security"),
    PATIENT_FACING("patient-facing", "Patient-facing digital services"),
    DIGITAL_INCLUSION("digital-inclusion", "Digital inclusion"),
    MENTAL_HEALTH("mental-health", "Digital in mental health"),
    COMMUNITY_PRIMARY("community-primary", "Community and primary care"),
    NURSING_INFORMATICS("nursing-informatics", "Nursing and AHP informatics");

    private final String code;
    private final String label;

    Topic(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Topic> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Known codes only, in the list's order, without repeats. */
    public static List<Topic> of(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return Arrays.stream(values()).filter(t -> codes.contains(t.code)).toList();
    }

    public static List<String> codes(Collection<Topic> topics) {
        return topics.stream().map(Topic::code).toList();
    }
}
