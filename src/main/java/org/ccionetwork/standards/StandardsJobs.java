package org.ccionetwork.standards;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.ccionetwork.shared.Dates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StandardsJobs {

    /** Looked at every morning; each CCIO still gets at most one reminder a month (see {@link Reminders}). */
    @Bean
    RecurringTask<Void> standardsReminders(Reminders reminders) {
        return Tasks.recurring("standards-monthly-reminder", new Daily(Dates.LONDON, LocalTime.of(8, 30)))
                .execute((instance, context) -> reminders.sendDue());
    }
}
