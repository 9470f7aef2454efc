package org.ccionetwork.events.registration;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminders and feedback surveys, every ten minutes on one instance at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class EventsJobs {

    @Bean
    RecurringTask<Void> eventRemindersTask(EventReminders reminders) {
        return Tasks.recurring("event-reminders", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> {
                    reminders.sendReminders();
                    reminders.sendFeedbackRequests();
                });
    }
}
