package org.ccionetwork.shared;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is read, before Spring builds the application
 * context, so that the two overlap ({@link EmbeddedDatabase#startEarly}); with {@code spring.datasource.url} set
 * it does nothing. Added by {@code Application.main} only: a test's context starts the server when it needs it.
 */
public final class EarlyEmbeddedDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        if (EmbeddedDatabaseConfiguration.isExternal(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        var settings = Binder.get(environment).bind("ccio.embedded-database", CcioProperties.EmbeddedDatabase.class);
        settings.ifBound(database -> EmbeddedDatabase.startEarly(database.dataDirectory(), database.port()));
    }
}
