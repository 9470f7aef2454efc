package org.ccionetwork;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh client address per call, for tests of rules that count per address (sign-in throttling, the backers'
 * rate), since every test in the run shares one database.
 */
public final class ClientAddresses {

    private static final AtomicInteger next = new AtomicInteger(1);

    private ClientAddresses() {
    }

    public static String next() {
        int n = next.getAndIncrement();
        return "10.1." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Sends a MockMvc request from the given address. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
