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

    public record SignUpPage(SignUpForm form, FormErrors errors, List<Profession> professions,
            List<ProviderButton> providers) {
        SignUpPage(SignUpForm form, FormErrors errors, List<ProviderButton> providers) {
            this(form, errors, List.of(Profession.values()), providers);
        }
    }

    /** {@code next} is where to go after signing in: a path on this site (checked by LocalPaths), or null. */
    public record SignInPage(String email, String error, String next, List<ProviderButton> providers) {

        /** Where the passkey script sends the browser's answer, keeping {@code next}. */
        public String passkeySignIn() {
            return next == null ? PasskeySignIn.SIGN_IN : PasskeySignIn.SIGN_IN + "?next=" + encoded(next);
        }

        /** Where the passkey script goes when the passkey is refused, with the reason appended. */
        public String passkeyFailure() {
            return "/sign-in?" + (next == null ? "" : "next=" + encoded(next) + "&") + "error=";
        }

        private static String encoded(String path) {
            return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A "Sign in with …" button: where it goes and the name the operator gave the provider. */
    public record ProviderButton(String id, String name) {

        public String href() {
            return "/oauth2/authorization/" + id;
        }
    }

    public record MessagePage(String title, String message, String linkText, String linkHref) {
    }

    public record EmailPage(String heading, String action, String intro, String button, EmailForm form, FormErrors errors) {
    }

    public record ResetPage(String token, FormErrors errors) {
    }

    public record AccountPage(Member member, DetailsForm details, FormErrors detailsErrors, EmailForm email,
            FormErrors emailErrors, List<Profession> professions, List<AccountSection> sections,
            List<IdentityRow> identities, List<PasskeyRow> passkeys, boolean mayAddPasskey) {

        public boolean hasPassword() {
            return member.passwordHash() != null;
        }

        /** The other modules' sections for this member, in order, leaving out those with nothing to show. */
        public List<Content> sections(Site site) {
            return sections.stream().map(section -> section.render(site)).filter(Objects::nonNull).toList();
        }
    }

    /** A linked provider sign-in on the account page; the last way left to sign in cannot be removed. */
    public record IdentityRow(long id, String providerName, String email, java.time.Instant linkedAt,
            java.time.Instant lastUsedAt, boolean removable) {
    }

    /**
     * A passkey on the account page, with its rename form; {@code typed} and {@code error} are what the member
     * typed and what was wrong with it when a rename was refused. The last way left to sign in cannot be removed.
     */
    public record PasskeyRow(String id, String label, java.time.Instant created, java.time.Instant lastUsed,
            boolean removable, String typed, String error) {

        public String value() {
            return typed != null ? typed : label;
        }
    }

    /** Proving that the account with this email is the member's, to link a provider sign-in to it. */
    public record LinkPage(String providerName, String email, boolean hasPassword, FormErrors errors) {
    }

    /**
     * @param passed this session has passed the second factor
     * @param required a staff member who must pass it before staff pages
     * @param hasApp an authenticator app is set up (codes can be entered)
     * @param hasPasskey the member has a passkey, which passes it too
     */
    public record SecondFactorPage(boolean passed, boolean required, boolean hasApp, boolean hasPasskey,
            int recoveryCodesLeft, FormErrors errors) {
    }

    /** Setting up an authenticator app: the secret as text and as a QR code (a data: address), shown once. */
    public record SecondFactorSetupPage(String secret, String qrCode, boolean required, FormErrors errors) {

        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** The member's sessions, this one first. */
    public record SessionsPage(List<SessionRow> sessions) {
    }

    public record SessionRow(String handle, String browser, String address, java.time.Instant lastSeen, String method,
            boolean current) {
    }

    /** The ten recovery codes, shown once. */
    public record RecoveryCodesPage(List<String> codes) {
    }

    public record PasswordPage(boolean mustChange, FormErrors errors) {
    }

    public record DeletePage(FormErrors errors, boolean hasPassword) {
    }
}
