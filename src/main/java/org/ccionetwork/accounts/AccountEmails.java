package org.ccionetwork.accounts;

import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The texts of the emails the accounts module sends, queued through the outbox. */
@Component
class AccountEmails {

    private final Outbox outbox;
    private final CcioProperties properties;

    AccountEmails(Outbox outbox, CcioProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    void verifyAddress(String to, String name, String token) {
        outbox.enqueue(new OutgoingEmail(to, "Confirm your email address for the CCIO Network", """
                Dear %s,

                Please confirm your email address to finish joining the CCIO Network:

                %s

                The link works once and expires in 24 hours. If you did not sign up, you can ignore this email.

                The CCIO Network
                """.formatted(name, link("/verify-email", token))));
    }

    void confirmNewAddress(String to, String name, String token) {
        outbox.enqueue(new OutgoingEmail(to, "Confirm your new email address for the CCIO Network", """
                Dear %s,

                You asked to use this address for your CCIO Network account. Please confirm it:

                %s

                The link works once and expires in 24 hours. Until then, your old address stays in use.

                The CCIO Network
                """.formatted(name, link("/verify-email", token))));
    }

    void addressChanged(String oldAddress, String name) {
        outbox.enqueue(new OutgoingEmail(oldAddress, "Your CCIO Network email address has changed", """
                Dear %s,

                The email address of your CCIO Network account has just been changed. If you did not do this,
                reply to this email or contact the network's administrators at once.

                The CCIO Network
                """.formatted(name)));
    }

    void alreadyRegistered(String to, String name) {
        outbox.enqueue(new OutgoingEmail(to, "You already have a CCIO Network account", """
                Dear %s,

                Someone (probably you) tried to sign up to the CCIO Network with this address, which already has
                an account. You can sign in at %s, or reset your password at %s.

                If this was not you, you can ignore this email.

                The CCIO Network
                """.formatted(name, properties.link("/sign-in"), properties.link("/forgot-password"))));
    }

    void resetPassword(String to, String name, String token) {
        outbox.enqueue(new OutgoingEmail(to, "Reset your CCIO Network password", """
                Dear %s,

                We received a request to reset the password of your CCIO Network account. To choose a new one:

                %s

                The link works once and expires in 1 hour. If you did not ask for this, ignore this email: your
                password stays as it is.

                The CCIO Network
                """.formatted(name, link("/reset-password", token))));
    }

    void passwordChanged(String to, String name) {
        outbox.enqueue(new OutgoingEmail(to, "Your CCIO Network password has changed", """
                Dear %s,

                The password of your CCIO Network account has just been changed, and your other sessions were
                signed out. If you did not do this, reset your password at %s and contact the administrators.

                The CCIO Network
                """.formatted(name, properties.link("/forgot-password"))));
    }

    void confirmLink(String to, String name, String providerName, String token) {
        outbox.enqueue(new OutgoingEmail(to, "Link your " + providerName + " sign-in to your CCIO Network account", """
                Dear %s,

                Someone (probably you) signed in with %s using this email address. To let that sign-in open
                your CCIO Network account from now on, follow this link:

                %s

                The link works once and expires in 1 hour. If this was not you, ignore this email: nothing is
                linked until the link is followed.

                The CCIO Network
                """.formatted(name, providerName, link("/sign-in/link/confirm", token))));
    }

    private String link(String path, String token) {
        return properties.link(UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString());
    }
}
