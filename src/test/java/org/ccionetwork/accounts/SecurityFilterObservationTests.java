package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

/** Spring Security's filters run without a per-filter observation wrapped around each (see SecurityConfiguration). */
@IntegrationTest
class SecurityFilterObservationTests {

    @Autowired
    FilterChainProxy filterChainProxy;

    @Test
    void theFilterChainsAreNotWrappedForObservation() {
        assertThat(ReflectionTestUtils.getField(filterChainProxy, "filterChainDecorator"))
                .isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
