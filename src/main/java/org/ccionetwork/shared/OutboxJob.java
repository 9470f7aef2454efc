package org.ccionetwork.shared;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the outbox every few seconds; db-scheduler runs it on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class OutboxJob {

    @Bean
    RecurringTask<Void> outboxSending(Outbox outbox) {
        return Tasks.recurring("outbox-sending", FixedDelay.of(Duration.ofSeconds(3)))
                .execute((instance, context) -> outbox.sendDue());
    }
}
