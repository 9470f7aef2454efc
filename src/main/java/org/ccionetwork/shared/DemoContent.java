package org.ccionetwork.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to load demonstration content: {@code ccio.demo-content} is {@code auto} (only on the embedded
 * database), {@code true} or {@code false}. Each module's loader asks this and adds its own content once.
 */
@Component
public class DemoContent {

    private final boolean enabled;

    DemoContent(Environment environment) {
        String setting = environment.getProperty("ccio.demo-content", "auto");
        String url = environment.getProperty("spring.datasource.url");
        boolean external = url != null && !url.isBlank();
        this.enabled = setting.isBlank() || setting.equalsIgnoreCase("auto") ? !external : Boolean.parseBoolean(setting);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The password of every demonstration member, for trying the site on a laptop. */
    public static final String MEMBER_PASSWORD = "demo-network-2026";
}
