package org.ccionetwork.forum;

import java.util.Comparator;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.ForumForms.CategoryForm;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.topics.Topics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forum's settings for administrators: its categories, and which members work for sponsors. Each audited. */
@Service
class ForumAdministration {

    private final CategoryRepository categories;
    private final SponsorStaffRepository sponsorStaff;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Topics topics;

    ForumAdministration(CategoryRepository categories, SponsorStaffRepository sponsorStaff, MemberLookup members,
            AuditLog audit, Topics topics) {
        this.categories = categories;
        this.sponsorStaff = sponsorStaff;
        this.members = members;
        this.audit = audit;
        this.topics = topics;
    }

    List<Category> categories() {
        return categories.all();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    long addCategory(CategoryForm form) {
        long id = categories.insert(form.slug(), form.name().strip(), form.descriptionOrEmpty(), form.positionOrZero(),
                form.isChathamHouse(), topics.slugs(form.topicKeys()));
        audit.record("FORUM_CATEGORY_ADDED", "category " + form.slug(), form.isChathamHouse() ? "Chatham House" : null);
        return id;
    }

    boolean slugTaken(String slug) {
        return categories.slugTaken(slug);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    void updateCategory(long id, CategoryForm form) {
        Category category = categories.find(id).orElseThrow(() -> CategoryNotFound.forId(id));
        List<String> chosen = topics.slugs(form.topicKeys());
        categories.update(id, form.name().strip(), form.descriptionOrEmpty(), form.positionOrZero(), form.isChathamHouse(),
                chosen);
        String changedTopics = category.topics().equals(chosen) ? null : "topics: " + String.join(", ", chosen);
        String chatham = category.chathamHouse() == form.isChathamHouse() ? null
                : form.isChathamHouse() ? "now Chatham House" : "no longer Chatham House";
        audit.record("FORUM_CATEGORY_CHANGED", "category " + category.slug(),
                chatham == null ? changedTopics : changedTopics == null ? chatham : chatham + "; " + changedTopics);
    }

    @PreAuthorize("hasRole('ADMIN')")
    List<MemberSummary> sponsorStaff() {
        return members.findAll(sponsorStaff.sponsorStaff()).values().stream()
                .sorted(Comparator.comparing(MemberSummary::name)).toList();
    }

    /** Marks a member as working for a sponsor (or not); returns false when there is no such member. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    boolean setSponsorStaff(String email, boolean flag) {
        var member = members.findByEmail(email.strip());
        if (member.isEmpty()) {
            return false;
        }
        sponsorStaff.setSponsorStaff(member.get().id(), flag);
        audit.record(flag ? "FORUM_SPONSOR_STAFF_SET" : "FORUM_SPONSOR_STAFF_CLEARED",
                "member #" + member.get().id() + " (" + member.get().name() + ")", null);
        return true;
    }
}
