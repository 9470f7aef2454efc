package org.ccionetwork.news;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the news module.
 *
 * @param maxUploadSize the largest file a resource may have (below the server's multipart limit, so the
 *        editor gets a message beside the field rather than an error page)
 */
@ConfigurationProperties("ccio.news")
public record NewsProperties(@DefaultValue("5MB") DataSize maxUploadSize) {
}
