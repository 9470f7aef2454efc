package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignedMemberLinksTests {

    @Test
    void signsLikeTheNewsletterAlwaysHasSoLinksAlreadySentStayValid() {
        // HMAC-SHA256("test-key", "newsletter-unsubscribe:42"), computed with openssl, in URL-safe Base64.
        assertThat(SignedMemberLinks.sign("test-key", "newsletter-unsubscribe", 42))
                .isEqualTo("6Pmwq6qx6ttEjoZrZCKzb_W-zGcSLaasV32Xfr1Khm4");
    }

    @Test
    void aTokenOnlyWorksForItsMemberItsPurposeAndItsKey() {
        String token = SignedMemberLinks.sign("key", "forum-unsubscribe", 7);
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 7, token)).isTrue();
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 8, token)).isFalse();
        assertThat(SignedMemberLinks.verify("key", "newsletter-unsubscribe", 7, token)).isFalse();
        assertThat(SignedMemberLinks.verify("other key", "forum-unsubscribe", 7, token)).isFalse();
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 7, null)).isFalse();
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 7, "")).isFalse();
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 7, token + "x")).isFalse();
        assertThat(SignedMemberLinks.verify("key", "forum-unsubscribe", 7, "é" + token.substring(1))).isFalse();
    }

    @Test
    void refusesAPurposeThatCouldBeConfusedWithAnother() {
        assertThatThrownBy(() -> SignedMemberLinks.sign("key", "forum:unsubscribe", 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedMemberLinks.sign("", "forum-unsubscribe", 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
