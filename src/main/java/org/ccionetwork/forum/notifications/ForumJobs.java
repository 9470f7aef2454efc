package org.ccionetwork.forum.notifications;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.ccionetwork.shared.Dates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ForumJobs {

    /** Digests go out at seven in the morning, UK time, before the working day starts. */
    @Bean
    RecurringTask<Void> forumDigest(Digests digests) {
        return Tasks.recurring("forum-daily-digest", new Daily(Dates.LONDON, LocalTime.of(7, 0)))
                .execute((instance, context) -> digests.sendAll());
    }
}
