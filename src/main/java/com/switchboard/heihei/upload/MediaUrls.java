package com.switchboard.heihei.upload;

import com.switchboard.heihei.HeiheiSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where clients fetch an object: the configured CDN, else this server's {@code /media/} (the embedded store serves
 * it) under the configured public URL or the address the request came in on. Objects are stored by key so that a
 * CDN change moves every link.
 */
@RequestScoped
public class MediaUrls {
    @Inject
    UploadSettings settings;
    @Inject
    HeiheiSettings heihei;
    @Inject
    HttpServletRequest request;

    public String url(String key) {
        return base() + key;
    }

    String base() {
        return settings.cdnUrl().orElseGet(() -> {
            String configured = heihei.publicUrl();
            if (!configured.isEmpty()) {
                return configured + "/media/";
            }
            String host = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            return host + request.getContextPath() + "/media/";
        });
    }
}
