package org.ccionetwork.topics;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Labels of topic slugs, taken from the shared list in one go, for a template to show many topics. */
public record TopicLabels(Map<String, String> bySlug) {

    public static final TopicLabels NONE = new TopicLabels(Map.of());

    public TopicLabels {
        bySlug = Map.copyOf(bySlug);
    }

    /** The label of a slug; a slug the list does not know is shown as itself in words. */
    public String label(String slug) {
        String name = bySlug.get(slug);
        return name != null ? name : Topics.words(slug);
    }

    /** Labels of several slugs, separated by commas. */
    public String labels(Collection<String> slugs) {
        return String.join(", ", slugs.stream().map(this::label).toList());
    }

    public List<String> known(Collection<String> slugs) {
        return slugs.stream().filter(bySlug::containsKey).toList();
    }
}
