package nl.commsaudit.schedule;

import java.nio.file.Path;
import java.time.Clock;
import nl.commsaudit.job.AuditRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scheduled mode ({@code --schedule}): only then is the scheduler created. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "comms-audit.schedule.enabled", havingValue = "true")
public class ScheduleConfiguration {

    @Bean
    NightlyScheduler nightlyScheduler(@Value("${comms-audit.schedule.jobs:jobs}") Path jobs, AuditRunner runner) {
        return new NightlyScheduler(NightlyScheduler.loadFolder(jobs), runner, Clock.systemDefaultZone());
    }
}
