package com.switchboard.heihei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** heihei settings shared by its features; each can be overridden by the environment (upper case, underscores). */
@ApplicationScoped
public class HeiheiSettings {
    /** Scheme and host the URLs of HH-INIT-01 carry, e.g. {@code https://api.example.com}; empty = this request's. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.public-url", defaultValue = " ")
    String publicUrl;
    /** CDN base for relative image paths ({@code imgPath}). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.img-path", defaultValue = "https://cdn.example.com/heihei/")
    String imgPath;
    /** Deep-link scheme (heihei.md §14). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.link-scheme", defaultValue = "wmlivesheihei://")
    String linkScheme;
    /** A token unused this long has ended (default 30 days). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.token-idle-seconds", defaultValue = "2592000")
    long tokenIdleSeconds;
    /** HH-USER-04: diamonds a rename costs after the free one (the second rename on). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.rename-fee", defaultValue = "10")
    long renameFee;
    /** HH-USER-04: youngest age a birthday may give (501 below it). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.minimum-age", defaultValue = "18")
    int minimumAge;

    public String publicUrl() {
        return publicUrl.isBlank() ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    public String imgPath() {
        return imgPath;
    }

    public String linkScheme() {
        return linkScheme;
    }

    public Duration tokenIdle() {
        return Duration.ofSeconds(tokenIdleSeconds);
    }

    public long renameFee() {
        return renameFee;
    }

    public int minimumAge() {
        return minimumAge;
    }

    /** The configured public URL, else the scheme and host this request came in on; no trailing slash. */
    public String base(jakarta.ws.rs.core.UriInfo uri) {
        String configured = publicUrl();
        if (!configured.isEmpty()) {
            return configured;
        }
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
