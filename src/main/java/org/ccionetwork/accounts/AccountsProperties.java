package org.ccionetwork.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module.
 *
 * @param maxFailuresPerAccount failed sign-ins allowed for one email address within {@code failureWindow}
 * @param maxFailuresPerAddress failed sign-ins allowed from one client address within {@code failureWindow}
 * @param failureWindow how far back failures count
 * @param rememberMeKey the secret that signs remember-me cookies; set it in production
 */
@ConfigurationProperties("ccio.accounts")
record AccountsProperties(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("5") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow, @DefaultValue("") String rememberMeKey) {
}
