package org.ccionetwork.news.resources;

import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;

/** The records behind the resource templates. */
public final class ResourcePages {

    private ResourcePages() {
    }

    public record ListPage(PageOf<Resource> resources, String topic, boolean signedIn, String baseUrl) {
    }

    public record DetailPage(Resource resource, boolean canDownload) {
    }

    public record AdminListPage(PageOf<Resource> resources) {
    }

    public record FormPage(Resource existing, ResourceForm form, FormErrors errors, ResourceKind[] kinds, long maxMegabytes) {

        public String action() {
            return existing == null ? "/admin/resources" : "/admin/resources/" + existing.id();
        }
    }
}
