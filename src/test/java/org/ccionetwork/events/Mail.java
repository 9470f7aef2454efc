package org.ccionetwork.events;

import jakarta.mail.internet.MimeMessage;
import org.ccionetwork.TestMailServer;

/** Waits for an email with a given subject, since the outbox job may be sending it at that very moment. */
final class Mail {

    private Mail() {
    }

    static MimeMessage withSubject(TestMailServer.Mailbox mailbox, String address, String subject) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (MimeMessage message : mailbox.to(address).reversed()) {
                if (message.getSubject().startsWith(subject)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email \"" + subject + "\" to " + address);
    }
}
