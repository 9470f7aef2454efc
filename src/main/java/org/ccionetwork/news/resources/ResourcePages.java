package org.ccionetwork.news.resources;

import java.util.List;

import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.TopicLabels;

/** The records behind the resource templates. */
public final class ResourcePages {

    private ResourcePages() {
    }

    public record ListPage(PageOf<Resource> resources, String topic, boolean signedIn, String baseUrl, TopicLabels labels) {
    }

    public record DetailPage(Resource resource, boolean canDownload, TopicLabels labels) {
    }

    public record AdminListPage(PageOf<Resource> resources) {
    }

    public record FormPage(Resource existing, ResourceForm form, FormErrors errors, ResourceKind[] kinds, long maxMegabytes,
            List<Topic> topics) {

        public String action() {
            return existing == null ? "/admin/resources" : "/admin/resources/" + existing.id();
        }
    }
}
