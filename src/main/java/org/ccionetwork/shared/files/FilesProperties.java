package org.ccionetwork.shared.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the local file store keeps uploaded files.
 *
 * @param directory the folder ({@code ./data/files} by default); each module keeps its files in a folder of
 *        its own inside it
 */
@ConfigurationProperties("ccio.files")
public record FilesProperties(@DefaultValue("./data/files") Path directory) {
}
