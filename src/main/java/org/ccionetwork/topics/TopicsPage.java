package org.ccionetwork.topics;

import java.util.List;

import org.ccionetwork.shared.FormErrors;

/** The editors' page of the list: every topic and the form to add one. */
public record TopicsPage(List<Topic> topics, String name, FormErrors errors) {

    public boolean first(Topic topic) {
        return !topics.isEmpty() && topics.getFirst().slug().equals(topic.slug());
    }

    public boolean last(Topic topic) {
        return !topics.isEmpty() && topics.getLast().slug().equals(topic.slug());
    }
}
