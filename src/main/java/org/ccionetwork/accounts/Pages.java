package org.ccionetwork.accounts;

import java.util.List;
import java.util.Objects;

import gg.jte.Content;
import org.ccionetwork.shared.AccountSection;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Site;

/** The records behind the accounts module's templates, one per page (public, since templates compile elsewhere). */
public final class Pages {

    private Pages() {
    }

    public record SignUpPage(SignUpForm form, FormErrors errors, List<Profession> professions) {
        SignUpPage(SignUpForm form, FormErrors errors) {
            this(form, errors, List.of(Profession.values()));
        }
    }

    /** {@code next} is where to go after signing in: a path on this site (checked by LocalPaths), or null. */
    public record SignInPage(String email, String error, String next) {
    }

    public record MessagePage(String title, String message, String linkText, String linkHref) {
    }

    public record EmailPage(String heading, String action, String intro, String button, EmailForm form, FormErrors errors) {
    }

    public record ResetPage(String token, FormErrors errors) {
    }

    public record AccountPage(Member member, DetailsForm details, FormErrors detailsErrors, EmailForm email,
            FormErrors emailErrors, List<Profession> professions, List<AccountSection> sections) {

        /** The other modules' sections for this member, in order, leaving out those with nothing to show. */
        public List<Content> sections(Site site) {
            return sections.stream().map(section -> section.render(site)).filter(Objects::nonNull).toList();
        }
    }

    public record PasswordPage(boolean mustChange, FormErrors errors) {
    }

    public record DeletePage(FormErrors errors) {
    }
}
