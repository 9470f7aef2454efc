package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"name@nhs.net", "first.last@example.org", "a+tag@sub.example.co.uk", "o'brien@example.ie"})
    void addressesTheMailerTakesPass(String address) {
        assertThat(MailAddress.Check.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>-x@example.org", "Name <name@nhs.net>", "a\"b@example.org",
            "a..b@example.org", "a@b", "a@@example.org", "a b@example.org", "a@example..org", "(comment)a@example.org"})
    void addressesTheMailerWouldRefuseFail(String address) {
        assertThat(MailAddress.Check.valid(address)).isFalse();
    }
}
