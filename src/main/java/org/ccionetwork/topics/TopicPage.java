package org.ccionetwork.topics;

import org.ccionetwork.shared.FormErrors;

/** The form to rename one topic. */
public record TopicPage(Topic topic, String name, FormErrors errors) {
}
