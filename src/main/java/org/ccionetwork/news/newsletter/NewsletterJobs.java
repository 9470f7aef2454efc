package org.ccionetwork.news.newsletter;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.ccionetwork.shared.Dates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsletterJobs {

    /**
     * The weekly digest, on Monday mornings. If every instance was down then, db-scheduler runs it when one
     * comes back; the week's row makes sure it goes once.
     */
    @Bean
    RecurringTask<Void> weeklyNewsletter(Newsletter newsletter) {
        return Tasks.recurring("news-weekly-newsletter", Schedules.cron("0 0 8 * * MON", Dates.LONDON))
                .execute((instance, context) -> newsletter.sendThisWeek());
    }
}
