package org.ccionetwork.news;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.ccionetwork.news.newsletter.Newsletter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the news module holds about a member: the articles they wrote and their newsletter choice. When they
 * erase their account, their articles stay, credited to a former member, and their subscription goes.
 */
@Component
class NewsPersonalData implements PersonalData {

    private final NewsService news;
    private final Newsletter newsletter;

    NewsPersonalData(NewsService news, Newsletter newsletter) {
        this.news = news;
        this.newsletter = newsletter;
    }

    @Override
    public String section() {
        return "news";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("newsletterSubscribed", newsletter.subscribed(memberId));
        data.put("articlesWritten", news.byAuthor(memberId).stream()
                .map(a -> Map.of("title", a.title(), "slug", a.slug())).toList());
        return data;
    }

    @ApplicationModuleListener
    void on(MemberDeleted event) {
        news.forgetAuthor(event.memberId());
        newsletter.unsubscribe(event.memberId());
    }
}
