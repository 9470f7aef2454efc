package org.ccionetwork.forum;

import java.util.List;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.ForumForms.CategoryForm;
import org.ccionetwork.forum.ForumForms.EditForm;
import org.ccionetwork.forum.ForumForms.ReplyForm;
import org.ccionetwork.forum.ForumForms.ThreadForm;
import org.ccionetwork.forum.ForumService.ThreadList;
import org.ccionetwork.forum.ForumService.ThreadView;
import org.ccionetwork.shared.FormErrors;

/** The records behind the forum's templates, one per page. */
public final class ForumPages {

    private ForumPages() {
    }

    public record IndexPage(List<Category> categories) {
    }

    /** A list of threads: {@code tab} is latest, unanswered, mine or category. */
    public record ListPage(String heading, String tab, String baseUrl, Category category, boolean followingCategory,
            ThreadList threads, boolean firstPage) {

        public String nextHref() {
            return threads.next() == null ? null : baseUrl + "?after=" + threads.next();
        }
    }

    /** A page of a thread: what it shows and, decided by the service, what the reader may do there. */
    public record ThreadPage(ThreadView view, ReplyForm reply, FormErrors errors, QuoteOffer quoting) {

        /** What a module that quotes posts offers on the thread page; {@code null} when there is none. */
        public record QuoteOffer(boolean mayQuote, org.ccionetwork.shared.PostQuoting quoting) {

            public String quoteHref(PostView post) {
                return quoting.quoteHref(post.id());
            }

            public String suggestAction() {
                return quoting.suggestAction();
            }
        }

        public ThreadPermissions permissions() {
            return view.permissions();
        }

        /** The accepted answer is printed once, at the top; its place in the thread keeps a link to it. */
        public boolean shownAtTop(PostView post) {
            return view.accepted() != null && view.accepted().id() == post.id();
        }

        public boolean isAccepted(PostView post) {
            return view.thread().acceptedPostId() != null && view.thread().acceptedPostId() == post.id();
        }

        public String pageHref(int number) {
            return view.thread().href() + (number > 1 ? "?page=" + number : "");
        }
    }

    public record NewThreadPage(List<Category> categories, ThreadForm form, FormErrors errors) {
    }

    public record EditPage(ThreadDetail thread, PostView post, EditForm form, FormErrors errors) {

        public boolean firstPost() {
            return post.firstPost();
        }
    }

    public record HistoryPage(ThreadDetail thread, PostView post, List<Revision> revisions) {
    }

    /** The @mention suggestions: a fragment for htmx, or a whole page when the address is opened directly. */
    public record MentionsFragment(List<MemberSummary> members, String q, boolean whole) {
    }

    public record CategoriesPage(List<Category> categories, CategoryForm form, FormErrors errors,
            List<org.ccionetwork.topics.Topic> topics) {

        /** The topics offered for a category: the current ones and any retired one it already has. */
        public List<org.ccionetwork.topics.Topic> offered(List<String> chosen) {
            return topics.stream().filter(t -> !t.retired() || chosen.contains(t.slug())).toList();
        }
    }

    public record SponsorStaffPage(List<MemberSummary> members, String email, FormErrors errors) {
    }
}
