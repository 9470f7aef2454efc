package org.ccionetwork.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings.
 *
 * @param baseUrl the public address, used for links in emails and feeds
 * @param mailFrom the sender of every email
 * @param embeddedDatabase where the embedded PostgreSQL keeps its files
 * @param demoContent {@code auto} (load demonstration content on the embedded database only),
 *        {@code true} or {@code false}
 * @param admin the first administrator, created on the first start
 */
@ConfigurationProperties("ccio")
public record CcioProperties(URI baseUrl, String mailFrom, EmbeddedDatabase embeddedDatabase, String demoContent,
        Admin admin) {

    /**
     * @param dataDirectory where the server keeps its files; empty for a temporary database
     * @param port the port to listen on, or 0 for any free port
     */
    public record EmbeddedDatabase(String dataDirectory, int port) {
    }

    public record Admin(String email, String name) {
    }

    public String link(String pathAndQuery) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
