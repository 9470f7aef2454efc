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

    /** The plain text of an email, decoded. */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        var multipart = (jakarta.mail.internet.MimeMultipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart) {
                var nested = (jakarta.mail.internet.MimeMultipart) part.getContent();
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) nested.getBodyPart(j).getContent();
                    }
                }
            }
        }
        return "";
    }
}
