package org.ccionetwork.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the events module.
 *
 * @param maxUploadSize the largest slides or notes file (below the server's multipart limit, so the editor gets
 *        a message beside the field rather than an error page)
 */
@ConfigurationProperties("ccio.events")
public record EventsProperties(@DefaultValue("8MB") DataSize maxUploadSize) {
}
