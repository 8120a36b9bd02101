package com.switchboard.heihei.upload;

import com.switchboard.platform.config.Settings;
import com.switchboard.platform.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Aliyun OSS + STS when the account, role and bucket URL are configured, else the embedded store. */
@ApplicationScoped
public class ObjectStores {
    @Inject
    UploadSettings settings;
    @Inject
    ServerSecrets secrets;

    @Produces
    @Singleton
    ObjectStore objectStore() {
        if (Settings.allSet(settings.bucketUrl, settings.accessKeyId, settings.accessKeySecret, settings.roleArn)) {
            return new AliyunOssStore(settings.stsUrl, settings.bucketUrl.get(), settings.bucket(),
                    settings.accessKeyId.get(), settings.accessKeySecret.get(), settings.roleArn.get());
        }
        return new EmbeddedStore(settings.bucket(), secrets.secret("heihei.upload.embedded"),
                settings.embeddedDir());
    }
}
