package org.ccionetwork.accounts;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsJobs {

    /** Old failed sign-ins no longer count; this keeps the table small. */
    @Bean
    RecurringTask<Void> signInFailuresCleanup(SignInThrottle throttle) {
        return Tasks.recurring("sign-in-failures-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> throttle.forgetOld());
    }
}
